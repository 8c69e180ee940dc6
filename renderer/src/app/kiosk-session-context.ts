import { createContext, useContext } from 'react';
import type { Language } from '../../../electron/shared';

/** The visitor's choices for this visit; `null` follows the centre's setting. */
export interface DisplayChoice {
  language: Language | null;
  largeText: boolean | null;
  highContrast: boolean | null;
}

export interface KioskSession {
  language: Language;
  languages: readonly Language[];
  largeText: boolean;
  highContrast: boolean;
  choose: (patch: Partial<DisplayChoice>) => void;
  /** The attract screen was touched: a new visit begins (in the language just chosen, if one was). */
  beginVisit: (language?: Language) => void;
  trackArea: (area: string) => void;
  /** The idle reset: visit ended, staff signed out, caches, drafts and choices cleared, attract screen. */
  reset: () => Promise<void>;
}

export const KioskSessionContext = createContext<KioskSession | null>(null);

export function useKioskSession(): KioskSession {
  const session = useContext(KioskSessionContext);
  if (!session) throw new Error('useKioskSession outside KioskSessionProvider');
  return session;
}
