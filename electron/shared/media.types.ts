// No zod here: the renderer imports these values.

/**
 * What a stored file is, as sniffed from its bytes (never from its name). `model`: a 3D model,
 * binary glTF 2.0 (`.glb`, `model/gltf-binary`), for the tour.
 */
export const MEDIA_KINDS = ['image', 'video', 'audio', 'model'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/**
 * The versions made once at upload: `thumb` (a list's small picture), `screen` (an image fitted
 * to the screen, EXIF orientation applied) and `poster` (a video's still, screen size).
 */
export const MEDIA_VARIANTS = ['thumb', 'screen', 'poster'] as const;
export type MediaVariant = (typeof MEDIA_VARIANTS)[number];

/**
 * What a 3D model (`model`) may be, checked at upload (README: "glTF import"). A judgement, not
 * a measurement: the kiosk may draw on its processor (SwiftShader), where a building of a few
 * hundred thousand triangles is the most one can hope to walk through, and the whole file is
 * fetched and parsed in the page. The tour's self-test still gives up 3D on a model too slow.
 */
export const MODEL_LIMITS = {
  /** The file's size, MB (1024 × 1024 bytes). */
  megabytes: 40,
  /** Triangles drawn: every mesh's primitives, times the nodes (and instances) that draw it. */
  triangles: 500_000,
} as const;

/** A media id: the SHA-256 of the stored file in lower-case hex, so equal files have one id. */
export const MEDIA_ID = /^[0-9a-f]{64}$/;

/** One stored file, as an upload answers it. */
export interface MediaInfo {
  id: string;
  kind: MediaKind;
  /** The MIME type sniffed from the bytes: `image/jpeg`, `video/mp4`, `audio/mpeg`… */
  type: string;
  bytes: number;
  width?: number;
  height?: number;
  durationS?: number;
  variants: MediaVariant[];
}

/** Something that uses a file: a feature's row, named so a person knows which (a book's title). */
export interface MediaUse {
  /** The feature that holds the reference (`library`). */
  area: string;
  /** What kind of row (`title`). */
  kind: string;
  label: string;
}

/** A stored file as staff see it in a list. */
export interface MediaEntry extends MediaInfo {
  /** The file's name as chosen, where the upload gave one. */
  name: string | null;
  createdAt: string;
  createdBy: string;
  usedBy: MediaUse[];
}

/** Where the renderer loads a file or one of its variants (same origin in both shells). */
export function mediaUrl(id: string, variant?: MediaVariant): string {
  return variant ? `/media/${id}/${variant}` : `/media/${id}`;
}
