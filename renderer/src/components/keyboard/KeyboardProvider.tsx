import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { KeyboardContext, type FieldHandle, type KeyboardApi } from './keyboard-context';
import { startTyping, type LetterKind, type Typing, type TypingChoices } from './typing';

/*
 * A tap on a button outside the field blurs the field on its mousedown and clicks on its mouseup.
 * Closing the keyboard in between would move the page under the finger and the click would land
 * elsewhere, so the keyboard lingers this long after the field lets go.
 */
const CLOSE_DELAY_MS = 300;

/**
 * The on-screen keyboard's state for the whole screen. It lives inside the routes, so the idle
 * reset (which mounts them afresh) forgets the visitor's pinyin ↔ letters switches with the rest.
 */
export function KeyboardProvider(props: { children: ReactNode }) {
  const { children } = props;
  const { i18n } = useTranslation();
  const language = i18n.language;
  const [active, setActive] = useState<FieldHandle | null>(null);
  const [choices, setChoices] = useState<TypingChoices>({});
  const closing = useRef<ReturnType<typeof setTimeout> | null>(null);

  const cancelClose = () => {
    if (closing.current) clearTimeout(closing.current);
    closing.current = null;
  };
  useEffect(() => cancelClose, []);

  const open = useCallback((field: FieldHandle) => {
    cancelClose();
    setActive(field);
  }, []);
  const release = useCallback(() => {
    cancelClose();
    closing.current = setTimeout(() => {
      closing.current = null;
      setActive((current) => (current?.hasFocus() ? current : null));
    }, CLOSE_DELAY_MS);
  }, []);
  const typingFor = useCallback(
    (kind: LetterKind) => startTyping(kind, language, choices),
    [language, choices],
  );
  const chooseTyping = useCallback((kind: LetterKind, typing: Typing) => {
    setChoices((current) => ({ ...current, [kind]: typing }));
  }, []);

  const api = useMemo<KeyboardApi>(
    () => ({ active, open, release, typingFor, chooseTyping }),
    [active, open, release, typingFor, chooseTyping],
  );
  return <KeyboardContext value={api}>{children}</KeyboardContext>;
}
