import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Exhibit, ExhibitDate, ExhibitType } from '../../../../../electron/shared/exhibitions.types';
import { mediaUrl, type MediaInfo } from '../../../../../electron/shared/media.types';
import { dateText } from '../exhibit-date';
import { ExhibitionIcon } from '../exhibitions-icons';
import { exhibitionsPaths } from '../exhibitions-paths';
import { Shown } from '../shown-text';

/** The small picture of an exhibit: a photo's thumbnail, a video's poster, or the area's icon. */
export function thumbUrl(media: MediaInfo | null | undefined): string | null {
  if (!media) return null;
  if (media.variants.includes('thumb')) return mediaUrl(media.id, 'thumb');
  if (media.variants.includes('poster')) return mediaUrl(media.id, 'poster');
  return media.kind === 'image' ? mediaUrl(media.id) : null;
}

/** An exhibit's date as a label, marked as approximate for assistive technology too. */
export function DateLabel({ date, className }: { date: ExhibitDate; className?: string }) {
  const { t, i18n } = useTranslation('exhibitions');
  const text = dateText(date, i18n.language, (shown) => t('date.approx', { date: shown }));
  return (
    <span className={className} title={date.approximate ? t('date.approxLabel') : undefined}>
      {text}
    </span>
  );
}

/** What kind of exhibit it is, as a small label. */
export function TypeLabel({ type }: { type: ExhibitType }) {
  const { t } = useTranslation('exhibitions');
  return <span className={`exhibitions-type exhibitions-type-${type}`}>{t(`types.${type}`)}</span>;
}

/** An exhibit as a tile in a section or a list of results. */
export function ExhibitTile(props: {
  exhibitionId: number;
  exhibit: Exhibit;
  /** The heading level of its title: 3 under a section's h2, 2 in a list of results. */
  level?: 2 | 3;
  children?: React.ReactNode;
  /** Opens the exhibit in place instead of linking to its page (the curator's preview). */
  onOpen?: () => void;
}) {
  const { exhibitionId, exhibit, level = 3, children, onOpen } = props;
  const src = thumbUrl(exhibit.media[0]?.media);
  const titleId = `exhibitions-tile-${exhibit.uid}`;
  const inside = (
    <>
      <span className="exhibitions-tile-picture">
        {src ? <img src={src} alt="" loading="lazy" decoding="async" /> : <ExhibitionIcon />}
      </span>
      <span className="exhibitions-tile-text">
        <span className="exhibitions-tile-meta">
          <TypeLabel type={exhibit.type} />
          {exhibit.date && (
            <DateLabel
              date={exhibit.date}
              className={
                exhibit.date.approximate ? 'exhibitions-date exhibitions-date-approx' : 'exhibitions-date'
              }
            />
          )}
        </span>
        <Shown
          text={exhibit.title}
          as={level === 2 ? 'h2' : 'h3'}
          id={titleId}
          className="exhibitions-tile-title"
        />
        {children}
      </span>
    </>
  );
  return (
    <li>
      {onOpen ? (
        <button type="button" className="exhibitions-tile" aria-labelledby={titleId} onClick={onOpen}>
          {inside}
        </button>
      ) : (
        <Link
          to={exhibitionsPaths.exhibit(exhibitionId, exhibit.uid)}
          className="exhibitions-tile"
          aria-labelledby={titleId}
        >
          {inside}
        </Link>
      )}
    </li>
  );
}
