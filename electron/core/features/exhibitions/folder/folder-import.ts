import path from 'node:path';
import type { Parsed } from '../../../../shared';
import type {
  DraftExhibit,
  DraftText,
  ExhibitType,
  FolderImportReport,
} from '../../../../shared/exhibitions.types';
import type { MediaKind } from '../../../../shared/media.types';
import { twoPhase, type Ctx, type WriteCtx } from '../../../context';
import { uuidv7 } from '../../../db/uuid';
import { DomainError } from '../../../errors';
import { mediaRepo } from '../../../platform/media/media.repo';
import { headerKey } from '../../../platform/tables/headers';
import { readTableRows } from '../../../platform/tables/read-table';
import { rowReader } from '../../../platform/tables/row-report';
import { parseExhibitDate } from '../content/exhibit-date';
import { CAPTION_COLUMNS, type CaptionRow } from '../demo/caption-sheet';
import { draftOf, saveExhibition } from '../exhibitions.service';

type Input = Parsed<'exhibitions.importFolder'>;
type Field = keyof CaptionRow;

/** A section holds 500 exhibits at most (the draft's own limit): a longer sheet is the wrong file. */
const MAX_ROWS = 500;

interface SheetLine {
  row: number;
  file: string | null;
  date: string | null;
  caption: string | null;
  place: string | null;
  people: string | null;
  credit: string | null;
}

interface Prepared {
  lines: SheetLine[];
  sheet: FolderImportReport['sheet'];
}

const HEADERS = Object.fromEntries(
  Object.entries(CAPTION_COLUMNS).map(([field, names]) => [field, names.map(headerKey)]),
) as Record<Field, string[]>;

/** Reads the caption sheet before the transaction: an unreadable one refuses the call, changing nothing. */
async function readCaptionSheet(input: Input): Promise<Prepared> {
  const { summary, rows } = await readTableRows<Field, SheetLine>(
    input.sheet,
    {
      headers: HEADERS,
      required: 'file',
      missing: () =>
        new DomainError('caption_sheet_no_file_column', 'The sheet has no file-name column (文件名 / file)'),
      maxRows: MAX_ROWS,
    },
    (header, row): SheetLine => {
      const r = rowReader<Field, never>(header, row);
      return {
        row: row.row,
        file: r.text('file', 255),
        date: r.text('date', 30),
        caption: r.text('caption', 400, true),
        place: r.text('place', 80),
        people: r.text('people', 200),
        credit: r.text('credit', 200),
      };
    },
  );
  const lines = rows.filter((l) => Object.entries(l).some(([k, v]) => k !== 'row' && v !== null));
  return { lines, sheet: { format: summary.format, encoding: summary.encoding, rows: lines.length } };
}

/** A name as a folder and a sheet may both write it: no path, any case, either Unicode form. */
const nameKey = (name: string) =>
  path.posix.basename(name.replace(/\\/g, '/')).normalize('NFC').toLowerCase();
const stemOf = (name: string) => name.replace(/\.[^.]*$/, '');

// A 3D model is the tour's, never an exhibit: a folder's model is refused as a file not stored for it.
const EXHIBIT_OF: Record<MediaKind, ExhibitType | null> = {
  image: 'photo',
  video: 'video',
  audio: 'audio',
  model: null,
};
const zh = (s: string | null): DraftText | null =>
  s === null ? null : { 'zh-CN': s, 'zh-TW': null, en: null };

/** The exhibit's title: the caption's first phrase, or the file's name without its extension. */
function titleOf(line: SheetLine, file: string): string {
  const phrase = line.caption?.split(/[。；;，,\n]/)[0]?.trim() ?? '';
  return (phrase === '' ? stemOf(file) : phrase).slice(0, 40);
}

/** The files of the folder by name, and (when no two share one) by name without extension. */
function fileIndex(files: Input['files']) {
  const byName = new Map<string, { name: string; mediaId: string }>();
  const stems = new Map<string, { name: string; mediaId: string } | null>();
  for (const f of files) {
    byName.set(nameKey(f.name), f);
    const stem = stemOf(nameKey(f.name));
    stems.set(stem, stems.has(stem) ? null : f);
  }
  return (name: string) => byName.get(nameKey(name)) ?? stems.get(nameKey(name)) ?? undefined;
}

function applyFolder(ctx: WriteCtx, input: Input, prepared: Prepared): FolderImportReport {
  const find = fileIndex(input.files);
  const media = mediaRepo(ctx.db);
  const refused: FolderImportReport['refused'] = [];
  const used = new Set<string>();
  const exhibits: DraftExhibit[] = [];
  for (const line of prepared.lines) {
    const refuse = (reason: FolderImportReport['refused'][number]['reason']) =>
      void refused.push({ row: line.row, file: line.file, reason });
    if (line.file === null) {
      refuse('no_file_name');
      continue;
    }
    const file = find(line.file);
    if (!file) {
      refuse('unknown_file');
      continue;
    }
    if (used.has(file.name)) {
      refuse('duplicate_row');
      continue;
    }
    const stored = media.bySha(file.mediaId);
    const type = stored ? EXHIBIT_OF[stored.kind] : null;
    if (!stored || !type) {
      refuse('media_missing');
      continue;
    }
    if (line.date !== null && parseExhibitDate(line.date) === null) {
      refuse('date_unreadable');
      continue;
    }
    used.add(file.name);
    exhibits.push({
      type,
      title: { 'zh-CN': titleOf(line, file.name), 'zh-TW': null, en: null },
      caption: zh(line.caption),
      body: null,
      date: line.date,
      place: zh(line.place),
      people: zh(line.people),
      credit: zh(line.credit),
      tags: [],
      media: [{ mediaId: file.mediaId, caption: null }],
      subtitles: null,
      links: [],
    });
  }
  for (const f of input.files) {
    if (!used.has(f.name) && !refused.some((r) => r.file !== null && find(r.file) === f)) {
      refused.push({ row: null, file: f.name, reason: 'not_in_sheet' });
    }
  }
  if (exhibits.length === 0) {
    throw new DomainError('caption_sheet_nothing_added', 'No row of the sheet names a file of the folder', {
      refused: refused.length,
    });
  }
  const title =
    input.sectionTitle ?? (stemOf(path.basename(input.sheet.fileName)).trim().slice(0, 60) || '—');
  const sectionUid = uuidv7(ctx.now().getTime());
  const section = { uid: sectionUid, title: zh(title) as DraftText, intro: null, period: null, exhibits };
  const before = input.exhibitionId === undefined ? null : draftOf(ctx, input.exhibitionId);
  const { id } = before
    ? saveExhibition(ctx, { ...before, sections: [...before.sections, section] })
    : saveExhibition(ctx, {
        title: zh(title) as DraftText,
        subtitle: null,
        intro: null,
        coverMediaId: exhibits.find((x) => x.type === 'photo')?.media[0]?.mediaId ?? null,
        sections: [section],
      });
  return {
    exhibitionId: id,
    created: before === null,
    sectionUid,
    added: exhibits.length,
    refused,
    sheet: prepared.sheet,
  };
}

/** `exhibitions.importFolder`: the sheet read first (`prepare`), the exhibits added in one transaction. */
export const importFolderHandler = twoPhase(
  (input: Input, _ctx: Ctx) => readCaptionSheet(input),
  (input: Input, ctx: WriteCtx, prepared: Prepared) => applyFolder(ctx, input, prepared),
);
