import type { PresentedField } from '../../../../../electron/shared/publishing.types';

export interface DiffItem {
  key: string;
  text: string;
  /** `added` in the new version only, `removed` in the current one only. */
  mark: 'added' | 'removed' | null;
}

/** One field side by side: what visitors see now, and what the reviewer would publish. */
export interface DiffRow {
  field: string;
  changed: boolean;
  current: { text: string | null; items: DiffItem[] | null } | null;
  proposed: { text: string | null; items: DiffItem[] | null };
}

function itemsOf(
  field: PresentedField | undefined,
  other: PresentedField | undefined,
  mark: 'added' | 'removed',
) {
  if (!field?.items) return null;
  const there = new Set((other?.items ?? []).map((i) => i.key));
  return field.items.map((i) => ({ key: i.key, text: i.text, mark: there.has(i.key) ? null : mark }));
}

const same = (a: PresentedField | undefined, b: PresentedField | undefined) =>
  JSON.stringify({ text: a?.text ?? null, items: a?.items ?? null }) ===
  JSON.stringify({ text: b?.text ?? null, items: b?.items ?? null });

/**
 * The rows of the review screen, in the new version's field order (then any field it dropped).
 * A list's items are matched by key: an item only in the new version is `added`, one only in
 * the current version `removed`; a new order alone marks the field changed.
 */
export function diffFields(current: PresentedField[] | null, proposed: PresentedField[]): DiffRow[] {
  const fields = [...new Set([...proposed.map((f) => f.field), ...(current ?? []).map((f) => f.field)])];
  return fields.map((field) => {
    const now = current?.find((f) => f.field === field);
    const next = proposed.find((f) => f.field === field);
    return {
      field,
      changed: current === null || !same(now, next),
      current: current === null ? null : { text: now?.text ?? null, items: itemsOf(now, next, 'removed') },
      proposed: { text: next?.text ?? null, items: itemsOf(next, now, 'added') },
    };
  });
}
