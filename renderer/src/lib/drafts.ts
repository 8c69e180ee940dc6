import { useCallback, useState } from 'react';

const PREFIX = 'hongyi.draft.';
/** Drafts that hold nothing about a person (a shelf's scanned barcodes): the idle reset keeps them. */
const KEPT = 'hongyi.kept.';

function read<T extends object>(key: string, initial: T): T {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return initial;
    const saved: unknown = JSON.parse(raw);
    if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return initial;
    return { ...initial, ...saved };
  } catch {
    // A draft is a convenience: an unreadable one is dropped, never an error on screen.
    return initial;
  }
}

/**
 * A half-filled staff form that survives a reload of the renderer (one localStorage entry per
 * form). Never put a PIN in a draft: drafts outlive the screen that typed them. The idle reset
 * clears drafts, unless `keepAtReset`: for work that names nobody and would be long to do again.
 */
export function useDraft<T extends object>(
  formId: string,
  initial: T,
  options: {
    keepAtReset?: boolean;
    /** What the form opens with, given the draft kept (or `initial`): a link that opens it on a day. */
    opening?: (kept: T) => T;
  } = {},
) {
  const key = (options.keepAtReset ? KEPT : PREFIX) + formId;
  const [value, setValue] = useState<T>(() => {
    const kept = read(key, initial);
    return options.opening ? options.opening(kept) : kept;
  });

  const update = useCallback(
    (patch: Partial<T>) => {
      setValue((current) => {
        const next = { ...current, ...patch };
        try {
          localStorage.setItem(key, JSON.stringify(next));
        } catch {
          // Storage full or disabled: the form still works, it just won't survive a reload.
        }
        return next;
      });
    },
    [key],
  );

  const discard = useCallback(() => {
    localStorage.removeItem(key);
    setValue(initial);
  }, [key, initial]);

  return [value, update, discard] as const;
}

export function hasDraft(formId: string): boolean {
  return localStorage.getItem(PREFIX + formId) !== null;
}

/** The idle reset: nothing a previous user typed is left behind (kept drafts name nobody). */
export function clearAllDrafts(): void {
  const stale: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(PREFIX)) stale.push(key);
  }
  for (const key of stale) localStorage.removeItem(key);
}

type TextKeys<T> = { [K in keyof T]-?: T[K] extends string ? K : never }[keyof T];

/**
 * Binds a draft's text fields to `TextField`: `<TextField label={…} {...field('name')} />` gives
 * its value, its change and its error from one name, so a field cannot show one value and write
 * another.
 */
export function draftFields<T extends object>(
  draft: T,
  change: (patch: Partial<T>) => void,
  errorOf: (field: keyof T) => string | null | undefined,
) {
  return (name: TextKeys<T>) => ({
    value: draft[name] as string,
    onChange: (value: string) => change({ [name]: value } as Partial<T>),
    error: errorOf(name) ?? null,
  });
}
