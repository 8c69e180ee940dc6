import { z } from 'zod';
import { DATE_PRECISIONS, EXHIBIT_TYPES, PARTY_PERIODS } from '../../../../shared/exhibitions.types';
import { MEDIA_KINDS, MEDIA_VARIANTS } from '../../../../shared/media.types';

/**
 * An exhibition's version as visitors read it: every text resolved (繁體 derived unless the
 * curator wrote it), dates read, subtitles parsed into cues (繁 derived), files as the media store
 * describes them, links as targets (resolved when read, so a book gone since shows as gone).
 * Changing this shape needs a migration of the stored payloads.
 */
const shown = z.object({ 'zh-CN': z.string().min(1), 'zh-TW': z.string().min(1), en: z.string().nullable() });
const cue = z.object({ startS: z.number().min(0), endS: z.number().min(0), text: z.string() });

export const mediaInfo = z.object({
  id: z.string(),
  kind: z.enum(MEDIA_KINDS),
  type: z.string(),
  bytes: z.number(),
  width: z.number().optional(),
  height: z.number().optional(),
  durationS: z.number().optional(),
  variants: z.array(z.enum(MEDIA_VARIANTS)),
});

const exhibitDate = z.object({
  text: z.string(),
  precision: z.enum(DATE_PRECISIONS),
  approximate: z.boolean(),
  from: z.string(),
  to: z.string(),
});

const exhibitPayload = z.object({
  uid: z.string(),
  type: z.enum(EXHIBIT_TYPES),
  title: shown,
  caption: shown.nullable(),
  body: shown.nullable(),
  date: exhibitDate.nullable(),
  place: shown.nullable(),
  people: shown.nullable(),
  credit: shown.nullable(),
  tags: z.array(z.string()),
  media: z.array(z.object({ media: mediaInfo, caption: shown.nullable() })),
  subtitles: z
    .object({ 'zh-CN': z.array(cue), 'zh-TW': z.array(cue), en: z.array(cue).nullable() })
    .nullable(),
  links: z.array(z.object({ area: z.string(), kind: z.string(), id: z.string() })),
  /**
   * On the welcome screen: present (true) only when the curator chose it, so a version published
   * before the mark existed and one without any mark are the same JSON (its status stays 'published').
   */
  highlight: z.literal(true).optional(),
});

export const exhibitionPayload = z.object({
  uid: z.string(),
  position: z.number().int(),
  title: shown,
  subtitle: shown.nullable(),
  intro: shown.nullable(),
  cover: mediaInfo.nullable(),
  sections: z.array(
    z.object({
      uid: z.string(),
      title: shown,
      intro: shown.nullable(),
      period: z.enum(PARTY_PERIODS).nullable(),
      exhibits: z.array(exhibitPayload),
    }),
  ),
});

export type ExhibitionPayload = z.infer<typeof exhibitionPayload>;
export type ExhibitPayload = z.infer<typeof exhibitPayload>;
