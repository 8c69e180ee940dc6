import { useInfiniteQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { mediaUrl, type MediaEntry, type MediaKind } from '../../../../electron/shared/media.types';
import { Dialog } from '../../components/Dialog';
import { invoke } from '../../lib/api';
import { useErrorText } from '../../lib/error-text';
import { formatBytes } from '../../lib/format';

const PAGE = 48;

function thumb(m: MediaEntry): string | null {
  if (m.variants.includes('thumb')) return mediaUrl(m.id, 'thumb');
  if (m.variants.includes('poster')) return mediaUrl(m.id, 'poster');
  return null;
}

/** The media store's files of one kind, newest first, as big tiles to tap; a tap picks one. */
export function MediaPicker(props: {
  kind: MediaKind;
  chosen: readonly string[];
  onPick: (media: MediaEntry) => void;
  onClose: () => void;
}) {
  const { kind, chosen, onPick, onClose } = props;
  const { t, i18n } = useTranslation('exhibitions-studio');
  const errorText = useErrorText();
  const id = useId();
  const files = useInfiniteQuery({
    queryKey: ['media', 'list', kind],
    queryFn: ({ pageParam }) => invoke('media.list', { kind, offset: pageParam, limit: PAGE }),
    initialPageParam: 0,
    getNextPageParam: (last) =>
      last.offset + last.rows.length < last.total ? last.offset + last.rows.length : undefined,
  });
  const rows = files.data?.pages.flatMap((p) => p.rows) ?? [];
  return (
    <Dialog labelledBy={`${id}-title`} onClose={onClose} overKeyboard className="exhibitions-studio-picker">
      <h2 id={`${id}-title`} className="dialog-title">
        {t('picker.title')}
      </h2>
      {files.isError && (
        <p className="form-error" role="alert">
          {errorText(files.error)}
        </p>
      )}
      {files.isSuccess && rows.length === 0 && <p>{t('picker.none')}</p>}
      <ul className="exhibitions-studio-picker-grid">
        {rows.map((m, i) => {
          const src = thumb(m);
          const name = m.name ?? t('picker.file', { n: i + 1, size: formatBytes(m.bytes, i18n.language) });
          const used = chosen.includes(m.id);
          return (
            <li key={m.id}>
              <button
                type="button"
                className="exhibitions-studio-picker-file"
                aria-pressed={used}
                onClick={() => onPick(m)}
              >
                {src ? <img src={src} alt="" loading="lazy" /> : <span aria-hidden="true">{m.type}</span>}
                <span className="exhibitions-studio-picker-name">{name}</span>
                <span className="exhibitions-studio-picker-state">
                  {used ? t('picker.chosen') : t('picker.choose')}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <div className="dialog-actions">
        {files.hasNextPage && (
          <button
            type="button"
            className="btn btn-secondary"
            disabled={files.isFetchingNextPage}
            onClick={() => void files.fetchNextPage()}
          >
            {t('picker.more')}
          </button>
        )}
        <button type="button" className="btn btn-primary" onClick={onClose}>
          {t('picker.close')}
        </button>
      </div>
    </Dialog>
  );
}
