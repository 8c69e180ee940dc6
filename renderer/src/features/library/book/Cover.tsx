import { useState, type CSSProperties } from 'react';
import type { TitleCard } from '../../../../../electron/shared/library.api';
import { MEDIA_ID, mediaUrl } from '../../../../../electron/shared/media.types';
import { StarMark } from '../../../components/icons';
import { coverDesign } from './cover-design';

/**
 * A book's cover: its photo from the media store when it has one (and that loads), else one
 * designed here from its title and class. The page shows the screen-size variant, a card the
 * thumbnail. Decorative: the title is always written beside it.
 */
export function Cover(props: { book: Pick<TitleCard, 'title' | 'clc' | 'cover'>; size: 'card' | 'page' }) {
  const { book, size } = props;
  const [broken, setBroken] = useState(false);
  if (book.cover && MEDIA_ID.test(book.cover) && !broken) {
    return (
      <img
        className={`library-cover library-cover-${size} library-cover-picture`}
        src={mediaUrl(book.cover, size === 'page' ? 'screen' : 'thumb')}
        alt=""
        draggable={false}
        onError={() => setBroken(true)}
      />
    );
  }
  const design = coverDesign(book.title, book.clc);
  const length = { '--title-length': Math.max(book.title.length, 4) } as CSSProperties;
  return (
    <div
      className={`library-cover library-cover-${size} library-cover-generated library-cover-${design.family} library-cover-ornament-${design.ornament}`}
      aria-hidden="true"
    >
      {design.ornament === 1 && <StarMark className="library-cover-star" />}
      <span className={design.slip ? 'library-cover-slip' : 'library-cover-title'} style={length}>
        {book.title}
      </span>
    </div>
  );
}
