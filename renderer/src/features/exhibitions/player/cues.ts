import type { Cue, Exhibit } from '../../../../../electron/shared/exhibitions.types';
import { shownLanguage } from '../../../lib/shown-text';

/**
 * The cue on screen at `timeS`: the last that started at or before it, while it lasts; -1 between
 * cues and before the first. Cues are in order of their start (a transcript is read in that order).
 */
export function cueAt(cues: readonly Cue[], timeS: number): number {
  let low = 0;
  let high = cues.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const cue = cues[mid];
    if (cue && cue.startS <= timeS) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  const cue = found >= 0 ? cues[found] : undefined;
  return cue && timeS < cue.endS ? found : -1;
}

/**
 * The transcript line to mark at `timeS`: the cue on screen, or between cues the one just said (so
 * the highlight does not flicker off in every pause); -1 before the first.
 */
export function transcriptLineAt(cues: readonly Cue[], timeS: number): number {
  let low = 0;
  let high = cues.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((cues[mid]?.startS ?? Infinity) <= timeS) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/**
 * The subtitles for the screen's language: 简 on a 简 screen, 繁 on a 繁 one, English when given,
 * else 简 with `fallback` set so the screen can say the English is missing. Null without subtitles.
 */
export function subtitlesFor(
  exhibit: Exhibit,
  language: string,
): { cues: Cue[]; lang: 'zh-CN' | 'zh-TW' | 'en'; fallback: boolean } | null {
  const subtitles = exhibit.subtitles;
  if (!subtitles) return null;
  const lng = shownLanguage(language);
  if (lng === 'en') {
    return subtitles.en && subtitles.en.length > 0
      ? { cues: subtitles.en, lang: 'en', fallback: false }
      : { cues: subtitles['zh-CN'], lang: 'zh-CN', fallback: true };
  }
  return { cues: subtitles[lng], lang: lng, fallback: false };
}

/** A time in seconds as m:ss (or h:mm:ss), for the player's clock. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
