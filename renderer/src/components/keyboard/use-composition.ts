import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { CandidatePage, Candidate, InputMethod } from './input-method';
import type { FieldHandle } from './keyboard-context';

const EMPTY: CandidatePage = { items: [], hasMore: false };

/** The composition buffer of an input method and the candidates it currently spells on this screen. */
export function useComposition(inputMethod: InputMethod | null, field: FieldHandle, language: string) {
  const [buffer, setBuffer] = useState('');
  const [page, setPage] = useState(0);
  const [result, setResult] = useState<{ for: string; page: CandidatePage }>({ for: '', page: EMPTY });

  useEffect(() => {
    if (!inputMethod || !buffer) return;
    let current = true;
    const key = `${language}#${buffer}#${page}`;
    inputMethod.candidates(buffer, page, language).then(
      (found) => current && setResult({ for: key, page: found }),
      () => current && setResult({ for: key, page: EMPTY }),
    );
    return () => {
      current = false;
    };
  }, [inputMethod, buffer, page, language]);

  const edit = useCallback((next: string) => {
    setBuffer(next);
    setPage(0);
  }, []);

  const commitRaw = useCallback(() => {
    if (buffer) field.insert(buffer);
    edit('');
  }, [buffer, field, edit]);

  // Letters still composing when the field loses focus (a search or submit button took it) are
  // entered as typed, as a system input method does: `dsxx` + search finds 党史学习. On the blur
  // itself, not when the keyboard closes a moment later, so the button's click sees the value.
  const pending = useRef(commitRaw);
  useLayoutEffect(() => {
    pending.current = commitRaw;
  });
  useEffect(() => {
    const onFocusOut = () => {
      if (!field.hasFocus()) pending.current();
    };
    document.addEventListener('focusout', onFocusOut, true);
    return () => document.removeEventListener('focusout', onFocusOut, true);
  }, [field]);

  const choose = useCallback(
    (candidate: Candidate) => {
      field.insert(candidate.text);
      edit(buffer.slice(candidate.consumed));
    },
    [buffer, field, edit],
  );

  const candidates =
    inputMethod && buffer && result.for === `${language}#${buffer}#${page}` ? result.page : EMPTY;

  return {
    buffer,
    page,
    candidates,
    push: (char: string) => edit(buffer + char),
    /** Deletes from the buffer; false when it was empty (the field's own text is next). */
    backspace: () => {
      if (!buffer) return false;
      edit(buffer.slice(0, -1));
      return true;
    },
    reset: () => edit(''),
    commitRaw,
    choose,
    nextPage: () => setPage((p) => p + 1),
    previousPage: () => setPage((p) => Math.max(0, p - 1)),
  };
}

export type Composition = ReturnType<typeof useComposition>;
