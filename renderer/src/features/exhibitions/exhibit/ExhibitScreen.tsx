import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { Exhibit, Exhibition } from '../../../../../electron/shared/exhibitions.types';
import { mediaUrl } from '../../../../../electron/shared/media.types';
import { ApiFailure } from '../../../lib/api';
import { useErrorText } from '../../../lib/error-text';
import { idParam, uidParam } from '../exhibitions-paths';
import { exhibitionQuery } from '../exhibitions.queries';
import { NotFound } from '../NotFound';
import { TestimonyPlayer } from '../player/TestimonyPlayer';
import { ScreenHeader } from '../ScreenHeader';
import { Shown, useShownString } from '../shown-text';
import { PhotoViewer } from '../viewer/PhotoViewer';
import { ExhibitFacts } from './ExhibitFacts';
import { DateLabel, thumbUrl, TypeLabel } from './ExhibitTile';
import { findExhibit, photosOf } from './find-exhibit';

/**
 * One exhibit: its pictures (opening the photo viewer, whose open photo is in the URL so "back"
 * closes it) or its testimony player, its caption and text, then its facts and links.
 */
export function ExhibitScreen() {
  const { t } = useTranslation('exhibitions');
  const errorText = useErrorText();
  const params = useParams();
  const id = idParam(params.id);
  const uid = uidParam(params.uid);
  const [search, setSearch] = useSearchParams();
  const exhibition = useQuery({ ...exhibitionQuery(id ?? 0), enabled: id !== null });
  if (
    id === null ||
    uid === null ||
    (exhibition.error instanceof ApiFailure && exhibition.error.code === 'not_found')
  )
    return <NotFound />;
  if (exhibition.isError) return <p className="form-error">{errorText(exhibition.error)}</p>;
  if (!exhibition.data) return <p className="exhibitions-status">{t('home.loading')}</p>;
  const found = findExhibit(exhibition.data, uid);
  if (!found) return <NotFound />;
  const open = Number(search.get('photo'));
  const photo = search.has('photo') && Number.isInteger(open) && open >= 0 ? open : null;
  return (
    <ExhibitView
      exhibition={exhibition.data}
      exhibit={found.exhibit}
      photo={photo}
      onPhoto={(index, replace) => setSearch(index === null ? {} : { photo: String(index) }, { replace })}
    />
  );
}

/**
 * An exhibit's page, for the visitor's route and the curator's preview alike: `photo` is the
 * picture open in the viewer (null: none); `onPhoto` opens another (`replace`: as a swipe does).
 */
export function ExhibitView(props: {
  exhibition: Exhibition;
  exhibit: Exhibit;
  photo: number | null;
  onPhoto: (index: number | null, replace: boolean) => void;
  /** Opens another exhibit of this exhibition in place (the curator's preview). */
  onExhibit?: (uid: string) => void;
}) {
  const { exhibition, exhibit, onPhoto, onExhibit } = props;
  const { t } = useTranslation('exhibitions');
  const shown = useShownString();
  const photos = photosOf(exhibit);
  const playable = exhibit.media.find((m) => m.media.kind === 'video' || m.media.kind === 'audio');
  const viewing = props.photo !== null && props.photo < photos.length ? props.photo : null;
  const openPhoto = (index: number) => onPhoto(index, false);
  const show = (index: number) => onPhoto(index, true);
  const close = () => onPhoto(null, true);

  return (
    <article className="exhibitions-screen exhibitions-exhibit" aria-labelledby="exhibitions-exhibit-title">
      <ScreenHeader
        title={<Shown text={exhibit.title} as="h1" id="exhibitions-exhibit-title" />}
        lead={
          <p className="exhibitions-exhibit-meta">
            <TypeLabel type={exhibit.type} />
            {exhibit.date && <DateLabel date={exhibit.date} className="exhibitions-date" />}
          </p>
        }
      />
      <div className="exhibitions-exhibit-body">
        {playable && (exhibit.type === 'video' || exhibit.type === 'audio') ? (
          <TestimonyPlayer exhibit={exhibit} media={playable.media} />
        ) : (
          photos.length > 0 && (
            <div className="exhibitions-photos">
              <button
                type="button"
                className="exhibitions-photo-main"
                onClick={() => openPhoto(0)}
                aria-label={t('exhibit.openPhoto', { title: shown(photos[0]?.caption ?? exhibit.title) })}
              >
                <img
                  src={
                    photos[0]?.media.variants.includes('screen')
                      ? mediaUrl(photos[0].media.id, 'screen')
                      : mediaUrl(photos[0]?.media.id ?? '')
                  }
                  alt=""
                  decoding="async"
                />
              </button>
              {photos.length > 1 && (
                <>
                  <p className="exhibitions-status">{t('exhibit.photoCount', { count: photos.length })}</p>
                  <ul className="exhibitions-photo-grid" aria-label={t('exhibit.photos')}>
                    {photos.map((photo, index) => (
                      <li key={`${photo.media.id}:${index}`}>
                        <button
                          type="button"
                          className="exhibitions-photo-thumb"
                          onClick={() => openPhoto(index)}
                          aria-label={t('exhibit.openPhoto', {
                            title: shown(photo.caption ?? exhibit.title),
                          })}
                        >
                          <img src={thumbUrl(photo.media) ?? ''} alt="" loading="lazy" decoding="async" />
                        </button>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )
        )}
        <div className="exhibitions-exhibit-text">
          {exhibit.caption && <Shown text={exhibit.caption} as="p" className="exhibitions-caption" />}
          {exhibit.body && <Shown text={exhibit.body} as="div" className="exhibitions-body" />}
          <ExhibitFacts exhibit={exhibit} exhibition={exhibition} onExhibit={onExhibit} />
        </div>
      </div>
      {viewing !== null && (
        <PhotoViewer exhibit={exhibit} photos={photos} index={viewing} onIndex={show} onClose={close} />
      )}
    </article>
  );
}
