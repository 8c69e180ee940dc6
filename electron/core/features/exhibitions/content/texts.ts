import type { Cue, DraftText, ShownText } from '../../../../shared/exhibitions.types';
import { shown, traditional } from '../../../platform/text/shown';

export function shownOrNull(t: DraftText | null): ShownText | null {
  return t === null ? null : shown(t);
}

/** Cues in 繁體: the same times, each line derived. */
export function traditionalCues(cues: readonly Cue[]): Cue[] {
  return cues.map((c) => ({ ...c, text: traditional(c.text) }));
}
