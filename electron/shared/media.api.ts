import { z } from 'zod';
import { method } from './contract';
import { MEDIA_KINDS, type MediaEntry, type MediaInfo } from './media.types';
import { page, type Paged } from './platform.api';

/** A media id (see `MEDIA_ID`): the SHA-256 of the stored file. */
export const mediaId = z
  .string()
  .length(64)
  .regex(/^[0-9a-f]+$/, 'a media id: 64 hex digits');

const staff = 'staff' as const;

/**
 * The platform's media store. Uploads are not a method: the HTTP shell takes them streamed as
 * `POST /api/media` (raw body), and Electron through `media.importFile`, which reads a file chosen in
 * the main process's own dialog, so no file crosses IPC.
 */
export const mediaApi = {
  'media.list': method<Paged<MediaEntry>>()({
    role: staff,
    input: page.extend({ kind: z.enum(MEDIA_KINDS).optional() }),
  }),
  'media.get': method<MediaEntry>()({ role: staff, input: z.object({ id: mediaId }) }),
  /** Refused with `media_in_use` (and what uses it) while any feature refers to the file. */
  'media.delete': method<{ deleted: string }>()({
    role: staff,
    input: z.object({ id: mediaId }),
    writes: { domain: 'media' },
  }),
  /** Electron only: the shell's file dialog, then the same import as an upload; null when cancelled. */
  'media.importFile': method<MediaInfo | null>()({
    role: staff,
    input: z.object({
      kinds: z
        .array(z.enum(MEDIA_KINDS))
        .min(1)
        .max(MEDIA_KINDS.length)
        .default([...MEDIA_KINDS]),
    }),
  }),
};
