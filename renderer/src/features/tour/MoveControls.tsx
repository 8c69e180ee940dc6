import { useTranslation } from 'react-i18next';
import { ArrowDownIcon, ArrowUpIcon, StartIcon, TurnLeftIcon, TurnRightIcon } from './tour-icons';

/** Big buttons for those who would rather not drag or pinch: step, turn, back to the start. */
export function MoveControls(props: {
  onForward: (m: number) => void;
  onTurn: (deg: number) => void;
  onStart: () => void;
}) {
  const { t } = useTranslation('tour');
  return (
    <div className="tour-moves" role="group" aria-label={t('controls.label')}>
      <p className="tour-moves-help">{t('controls.help')}</p>
      <button type="button" className="btn btn-secondary btn-large" onClick={() => props.onTurn(-45)}>
        <TurnLeftIcon />
        {t('controls.left')}
      </button>
      <button type="button" className="btn btn-secondary btn-large" onClick={() => props.onForward(2)}>
        <ArrowUpIcon />
        {t('controls.forward')}
      </button>
      <button type="button" className="btn btn-secondary btn-large" onClick={() => props.onForward(-2)}>
        <ArrowDownIcon />
        {t('controls.back')}
      </button>
      <button type="button" className="btn btn-secondary btn-large" onClick={() => props.onTurn(45)}>
        <TurnRightIcon />
        {t('controls.right')}
      </button>
      <button type="button" className="btn btn-secondary btn-large" onClick={props.onStart}>
        <StartIcon />
        {t('controls.start')}
      </button>
    </div>
  );
}
