import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../ScreenHeader';
import { selfServiceQuery } from '../library.queries';
import { BorrowFlow } from './BorrowFlow';
import { CardStep, type SelfCard } from './CardStep';
import { ReturnFlow } from './ReturnFlow';

type Mode = 'choose' | 'borrow' | 'return';

/**
 * Self-service at the kiosk, when the centre has switched it on: borrow or return, then the card
 * (and its PIN), then the books. Nothing of a session outlives it: "finish" drops the card and its
 * PIN, and the idle reset remounts every screen, so the next visitor starts clean.
 */
export function SelfServiceScreen() {
  const { t } = useTranslation('library');
  const info = useQuery(selfServiceQuery);
  const [mode, setMode] = useState<Mode>('choose');
  const [finished, setFinished] = useState<string | null>(null);
  const [card, setCard] = useState<SelfCard | null>(null);

  const finish = (what: 'doneBorrowed' | 'doneReturned') => (count: number) => {
    setFinished(count > 0 ? t(`selfService.${what}`, { count }) : null);
    setCard(null);
    setMode('choose');
  };
  const on = info.data?.enabled === true;

  return (
    <section className="library-screen library-self-service" aria-labelledby="self-title">
      <ScreenHeader title={t('selfService.title')} titleId="self-title" lead={t('selfService.lead')} />
      {info.data?.enabled === false && <p className="notice">{t('selfService.errors.self_service_off')}</p>}
      {on && mode === 'choose' && (
        <>
          {finished && (
            <p className="notice notice-ok" role="status">
              {finished}
            </p>
          )}
          <div className="library-self-modes">
            <button type="button" className="library-self-mode" onClick={() => setMode('borrow')}>
              <span className="library-self-mode-name">{t('selfService.borrow')}</span>
              <span className="library-self-mode-text">{t('selfService.borrowText')}</span>
            </button>
            <button type="button" className="library-self-mode" onClick={() => setMode('return')}>
              <span className="library-self-mode-name">{t('selfService.return')}</span>
              <span className="library-self-mode-text">{t('selfService.returnText')}</span>
            </button>
          </div>
        </>
      )}
      {on && mode !== 'choose' && !card && (
        <CardStep pinRequired={info.data?.pinRequired ?? true} onCard={setCard} />
      )}
      {on && mode === 'borrow' && card && <BorrowFlow card={card} onFinish={finish('doneBorrowed')} />}
      {on && mode === 'return' && card && <ReturnFlow card={card} onFinish={finish('doneReturned')} />}
    </section>
  );
}
