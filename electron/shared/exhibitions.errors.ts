import { errors } from './error-defs';

/** 园区历史展's refusals; texts in the `exhibitions` namespace (`errors.<code>`). */
export const exhibitionsErrors = errors({
  exhibition_not_found: { http: 404 },
  exhibit_not_found: { http: 404 },
  /** The date typed cannot be read as a day, month, year or decade (`details.date`). */
  exhibit_date_unreadable: { http: 400 },
  /** A picture, video or sound the exhibit names is not in the media store (`details.mediaId`). */
  exhibit_media_missing: { http: 400 },
  /** The file is not what the exhibit shows (`details.expected`, `details.actual`). */
  exhibit_media_wrong_kind: { http: 422 },
  /** The subtitles are not WebVTT, or a cue cannot be read (`details.language`, `details.line`). */
  subtitles_unreadable: { http: 400 },
  /** Subtitles given to an exhibit that does not play (a photo, a text panel). */
  subtitles_not_playable: { http: 422 },
  /** A link to something exhibits cannot link to (`details.area`, `details.kind`). */
  exhibit_link_unsupported: { http: 400 },
  /** Two sections or exhibits given the same uid, or a uid of another exhibition. */
  exhibit_uid_taken: { http: 409 },

  // Content packs: any of these refuses the whole pack, and nothing of it is imported.
  /** The body is not a zip file (or its directory cannot be read). */
  pack_not_zip: { http: 400 },
  /** An entry name that could write outside the pack (`..`, an absolute path, a backslash): `details.entry`. */
  pack_entry_unsafe: { http: 400 },
  /** Two entries with one name (`details.entry`). */
  pack_entry_duplicate: { http: 400 },
  /** An entry a pack does not have (`details.entry`), or an encrypted one. */
  pack_entry_unexpected: { http: 400 },
  /** The pack is larger than a pack may be (`details.limitMB`). */
  pack_too_large: { http: 413 },
  /** It unpacks to more than it may (`details.limit`: `bytes`, `entries` or `ratio`): a zip bomb. */
  pack_bomb: { http: 422 },
  /** No `manifest.json`. */
  pack_manifest_missing: { http: 400 },
  /** The manifest cannot be read (`details.problem`). */
  pack_manifest_unreadable: { http: 400 },
  /** Made by a newer version of the app (`details.version`, `details.known`). */
  pack_version_newer: { http: 422 },
  /** A file the manifest or an exhibit names is not in the pack (`details.sha256`). */
  pack_media_missing: { http: 400 },
  /** A file's bytes do not match its checksum or size (`details.sha256`). */
  pack_checksum_mismatch: { http: 400 },

  // Folder import with a caption sheet: any of these changes nothing.
  /** The sheet has no file-name column (文件名 / file). */
  caption_sheet_no_file_column: { http: 400 },
  /** No row of the sheet names a photo of the folder: nothing to add (`details.refused`). */
  caption_sheet_nothing_added: { http: 422 },
});
