import { useTranslation } from 'react-i18next';
import type { PublishingStatus } from '../../../../electron/shared/publishing.types';
import './publishing.css';

/** Where a piece of content stands, in words (never colour alone); "returned" when a review sent it back. */
export function PublishingBadge(props: { status: PublishingStatus | null }) {
  const { t } = useTranslation('publishing');
  const state = props.status?.state ?? 'draft';
  return (
    <span className="publishing-badges">
      <span className={`publishing-badge publishing-badge-${state}`}>{t(`states.${state}`)}</span>
      {props.status?.returned && (
        <span className="publishing-badge publishing-badge-returned">{t('returnedBadge')}</span>
      )}
    </span>
  );
}
