import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Language } from '../../../../electron/shared';
import { useKioskSession } from '../../app/kiosk-session-context';
import { StarMark } from '../../components/icons';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useCentreName } from '../../lib/queries';
import { Counters } from './Counters';
import { Highlights, slidePathAt } from './Highlights';
import './attract.css';

/** What the screen shows while nobody uses it. The first touch anywhere begins a visit. */
export function AttractScreen() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { beginVisit } = useKioskSession();
  const centreName = useCentreName(i18n.language);

  const enter = (language?: Language, open?: string | null) => {
    beginVisit(language);
    // Home first, so Back from what a slide opened leads home and not to this screen.
    void (async () => {
      await navigate('/home');
      if (open) await navigate(open);
    })();
  };
  const onTouch = (e: MouseEvent) => {
    const target = e.target instanceof Element ? e.target : null;
    // The language buttons enter by themselves, with the language just chosen.
    if (target?.closest('.language-switch')) return;
    // A slide of an area's content (a curator's pick) opens it; anywhere else, home.
    enter(undefined, target ? slidePathAt(target) : null);
  };

  return (
    <div className="attract" onClick={onTouch}>
      <div className="attract-head">
        <StarMark className="attract-star" />
        <h1 className="attract-title">{centreName}</h1>
      </div>
      <Highlights />
      <Counters />
      <button type="button" className="btn btn-gold btn-huge attract-start">
        {t('attract.start')}
      </button>
      <div className="attract-languages">
        <LanguageSwitch onChoose={enter} />
      </div>
    </div>
  );
}
