import { z } from 'zod';
import { draftExhibition } from '../../../../shared/exhibitions.api';
import { PACK_FORMAT, PACK_VERSION } from '../../../../shared/exhibitions.types';
import { MEDIA_ID, MEDIA_KINDS } from '../../../../shared/media.types';
import { DomainError } from '../../../errors';

/** The manifest's entry name, and the media entries' names (`media/<sha256>`). */
export const MANIFEST = 'manifest.json';
export const MEDIA_ENTRY = /^media\/([0-9a-f]{64})$/;
export const mediaEntry = (sha256: string) => `media/${sha256}`;

const packMedia = z.object({
  sha256: z.string().regex(MEDIA_ID),
  bytes: z.number().int().nonnegative(),
  kind: z.enum(MEDIA_KINDS),
  mime: z.string().max(100),
  name: z.string().max(255).nullable(),
});

const packExhibition = z.object({
  uid: z.string().uuid(),
  draft: draftExhibition.omit({ id: true }),
});

/**
 * Version 1 of `manifest.json`: the exhibitions' drafts in the curator's words (uids included; no
 * integer ids, which mean nothing on another machine) and every file they use, originals only.
 */
const manifestV1 = z.object({
  format: z.literal(PACK_FORMAT),
  version: z.literal(1),
  createdAt: z.string().max(40),
  exhibitions: z.array(packExhibition).min(1).max(50),
  media: z.array(packMedia).max(10_000),
});

export type PackManifest = z.infer<typeof manifestV1>;
export type PackMedia = z.infer<typeof packMedia>;
export type PackExhibition = z.infer<typeof packExhibition>;

const head = z.object({ format: z.string(), version: z.number().int().positive() });

/** The manifest's text, checked: a newer version is named as such, anything else unreadable. */
export function parseManifest(text: string): PackManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DomainError('pack_manifest_unreadable', 'manifest.json is not JSON', { problem: 'json' });
  }
  const h = head.safeParse(json);
  if (!h.success || h.data.format !== PACK_FORMAT) {
    throw new DomainError('pack_manifest_unreadable', 'manifest.json is not an exhibitions pack', {
      problem: 'format',
    });
  }
  if (h.data.version > PACK_VERSION) {
    throw new DomainError('pack_version_newer', 'This pack was made by a newer version of the app', {
      version: h.data.version,
      known: PACK_VERSION,
    });
  }
  const m = manifestV1.safeParse(json);
  if (!m.success) {
    const issue = m.error.issues[0];
    throw new DomainError('pack_manifest_unreadable', 'manifest.json does not hold what a pack holds', {
      problem: 'content',
      path: issue ? issue.path.join('.') : '',
    });
  }
  const seen = new Set<string>();
  for (const f of m.data.media) {
    if (seen.has(f.sha256)) {
      throw new DomainError('pack_manifest_unreadable', 'A file is listed twice', { problem: 'content' });
    }
    seen.add(f.sha256);
  }
  return m.data;
}

/** Every file an exhibition's draft uses (its cover, each exhibit's files). */
export function filesOf(draft: PackExhibition['draft']): string[] {
  const out = draft.coverMediaId === null ? [] : [draft.coverMediaId];
  for (const s of draft.sections) for (const x of s.exhibits) for (const m of x.media) out.push(m.mediaId);
  return out;
}
