import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { FloorPlan } from '../../../../electron/shared/tour.types';
import { invoke } from '../../lib/api';
import { useErrorText } from '../../lib/error-text';
import { Tour } from '../tour/TourScreen';

/** The plan being edited, saved or not, as a visitor would walk through it: 3D, the 2D plan, live rooms. */
export function DraftPreview(props: { plan: FloorPlan; onBack: () => void }) {
  const { plan, onBack } = props;
  const { t } = useTranslation('tour-studio');
  const errorText = useErrorText();
  const shown = useQuery({
    queryKey: ['tour', 'preview', plan],
    queryFn: () => invoke('tour.preview', { plan }),
    staleTime: Infinity,
  });
  const live = useQuery({ queryKey: ['tour', 'plan'], queryFn: () => invoke('tour.plan', {}) });
  return (
    <div className="tour-studio-preview">
      <div className="tour-studio-row">
        <p className="notice">{t('preview.note')}</p>
        <button type="button" className="btn btn-primary" onClick={onBack}>
          {t('preview.back')}
        </button>
      </div>
      {shown.isPending && <p>{t('loading')}</p>}
      {shown.isError && <p className="form-error">{errorText(shown.error)}</p>}
      {shown.data && (
        <div className="tour">
          <Tour plan={shown.data} slowMs={live.data?.slowFrameMs ?? 50} start={undefined} />
        </div>
      )}
    </div>
  );
}
