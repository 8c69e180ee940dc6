import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../electron/shared/languages';
import { invoke } from '../lib/api';
import { clearAllDrafts } from '../lib/drafts';
import { keys, useKioskInfo } from '../lib/queries';
import { clearSessionEnd } from '../lib/session-end';
import { VisitTracker } from '../lib/visit-tracker';
import { DEFAULT_LANGUAGE, effectiveLanguage } from '../i18n/languages';
import { KioskSessionContext, type DisplayChoice, type KioskSession } from './kiosk-session-context';

const CHOICE_KEY = 'hongyi.display';
const NO_CHOICE: DisplayChoice = { language: null, largeText: null, highContrast: null };

function savedChoice(): DisplayChoice {
  try {
    const saved = JSON.parse(sessionStorage.getItem(CHOICE_KEY) ?? 'null') as Partial<DisplayChoice> | null;
    return { ...NO_CHOICE, ...saved };
  } catch {
    return NO_CHOICE;
  }
}

export function KioskSessionProvider(props: {
  navigate: (to: string) => void;
  onReset: () => void;
  children: ReactNode;
}) {
  const { navigate, onReset, children } = props;
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  const info = useKioskInfo().data;
  const [choice, setChoice] = useState<DisplayChoice>(savedChoice);
  const [tracker] = useState(() => new VisitTracker());

  const languages = info?.languages ?? LANGUAGES;
  const language = effectiveLanguage(choice.language, languages, info?.defaultLanguage ?? DEFAULT_LANGUAGE);
  const largeText = choice.largeText ?? info?.largeText ?? false;
  const highContrast = choice.highContrast ?? info?.highContrast ?? false;

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [i18n, language]);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.text = largeText ? 'large' : 'normal';
    root.dataset.contrast = highContrast ? 'high' : 'normal';
  }, [largeText, highContrast]);

  const choose = useCallback(
    (patch: Partial<DisplayChoice>) => {
      setChoice((current) => {
        const next = { ...current, ...patch };
        sessionStorage.setItem(CHOICE_KEY, JSON.stringify(next));
        return next;
      });
      if (patch.language) tracker.track({ language: patch.language });
    },
    [tracker],
  );

  const trackArea = useCallback((area: string) => tracker.track({ area }), [tracker]);

  const reset = useCallback(async () => {
    // Leave the screens first, so none of them refetches as the staff session ends under it.
    navigate('/');
    const visitId = await tracker.end();
    try {
      await invoke('kiosk.reset', visitId ? { visitId } : {});
    } catch {
      // Not fatal: the core still ends a staff session after 10 idle minutes by itself.
    }
    const kept = queryClient.getQueryData(keys.info);
    queryClient.clear();
    if (kept) queryClient.setQueryData(keys.info, kept);
    void queryClient.invalidateQueries({ queryKey: keys.info });
    clearAllDrafts();
    clearSessionEnd();
    sessionStorage.removeItem(CHOICE_KEY);
    setChoice(NO_CHOICE);
    onReset();
  }, [navigate, onReset, queryClient, tracker]);

  const session = useMemo<KioskSession>(
    () => ({
      language,
      languages,
      largeText,
      highContrast,
      choose,
      beginVisit: (chosen) => tracker.begin(chosen ?? language),
      trackArea,
      reset,
    }),
    [language, languages, largeText, highContrast, choose, trackArea, reset, tracker],
  );

  return <KioskSessionContext value={session}>{children}</KioskSessionContext>;
}
