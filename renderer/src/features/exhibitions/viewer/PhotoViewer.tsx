import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TransformComponent, TransformWrapper, type ReactZoomPanPinchRef } from 'react-zoom-pan-pinch';
import type { Exhibit, ExhibitMedia } from '../../../../../electron/shared/exhibitions.types';
import { mediaUrl } from '../../../../../electron/shared/media.types';
import { Dialog } from '../../../components/Dialog';
import { ChevronLeftIcon, ChevronRightIcon } from '../../../components/icons';
import { CloseIcon, ZoomInIcon, ZoomOutIcon } from '../exhibitions-icons';
import { thumbUrl } from '../exhibit/ExhibitTile';
import { Shown } from '../shown-text';
import { isDoubleTap, isTap, swipeDirection, type SwipeStart } from './swipe';

/** Up to this zoom the picture counts as whole, so a sideways swipe turns to the next one. */
const WHOLE = 1.02;
/** How far a double tap zooms a whole picture in. */
const DOUBLE_TAP_SCALE = 2.5;

/**
 * The photo viewer: one picture over the whole screen, pinched, double-tapped and panned through
 * react-zoom-pan-pinch; a swipe on a picture that is not zoomed turns to the next or the previous;
 * its caption and credit; a strip of every picture of the exhibit. Large buttons do it all too.
 */
export function PhotoViewer(props: {
  exhibit: Exhibit;
  photos: ExhibitMedia[];
  index: number;
  onIndex: (index: number) => void;
  onClose: () => void;
}) {
  const { exhibit, photos, index, onIndex, onClose } = props;
  const { t } = useTranslation('exhibitions');
  const zoom = useRef<ReactZoomPanPinchRef>(null);
  const scale = useRef(1);
  const lastTap = useRef<SwipeStart | null>(null);
  const swipe = useRef<SwipeStart | null>(null);
  const strip = useRef<HTMLOListElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const photo = photos[index];
  const count = photos.length;
  const go = (next: number) => {
    if (next < 0 || next >= count || next === index) return;
    // The next picture starts whole (its zoom is a new one).
    scale.current = 1;
    lastTap.current = null;
    onIndex(next);
  };

  useEffect(() => {
    strip.current
      ?.querySelector<HTMLElement>('[aria-current="true"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'center', behavior: 'smooth' });
  }, [index]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'ArrowRight') go(index + 1);
      if (e.key === 'ArrowLeft') go(index - 1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  /** A double tap: a whole picture zooms in at the finger, a zoomed one (pinched to any size) comes back whole. */
  const zoomAt = (at: { x: number; y: number }) => {
    const z = zoom.current;
    const wrapper = z?.instance.wrapperComponent;
    if (!z || !wrapper) return;
    if (scale.current > WHOLE) {
      void z.resetTransform(250);
      return;
    }
    const box = wrapper.getBoundingClientRect();
    const { positionX, positionY, scale: now } = z.state;
    const px = at.x - box.left;
    const py = at.y - box.top;
    const next = DOUBLE_TAP_SCALE;
    void z.setTransform(
      px - ((px - positionX) / now) * next,
      py - ((py - positionY) / now) * next,
      next,
      250,
    );
  };

  if (!photo) return null;
  const caption = photo.caption ?? exhibit.caption ?? exhibit.title;
  const src = mediaUrl(photo.media.id, photo.media.variants.includes('screen') ? 'screen' : undefined);

  return (
    <Dialog
      labelledBy="exhibitions-viewer-title"
      onClose={onClose}
      className="exhibitions-viewer"
      overKeyboard
      initialFocus={close}
    >
      <header className="exhibitions-viewer-top">
        <h2 id="exhibitions-viewer-title" className="exhibitions-viewer-title">
          <Shown text={exhibit.title} note={false} />
          <span className="exhibitions-viewer-position" aria-live="polite">
            {t('viewer.position', { n: index + 1, count })}
          </span>
        </h2>
        <div className="exhibitions-viewer-tools">
          <button
            type="button"
            className="exhibitions-viewer-button"
            onClick={() => void zoom.current?.zoomOut()}
            aria-label={t('viewer.zoomOut')}
          >
            <ZoomOutIcon />
          </button>
          <button
            type="button"
            className="exhibitions-viewer-button"
            onClick={() => void zoom.current?.zoomIn()}
            aria-label={t('viewer.zoomIn')}
          >
            <ZoomInIcon />
          </button>
          <button ref={close} type="button" className="exhibitions-viewer-close" onClick={onClose}>
            <CloseIcon />
            {t('viewer.close')}
          </button>
        </div>
      </header>
      <div
        className="exhibitions-viewer-stage"
        data-testid="exhibitions-viewer-stage"
        onPointerDown={(e) => {
          // A second finger makes it a pinch: no swipe and no tap at its end.
          swipe.current = e.isPrimary ? { x: e.clientX, y: e.clientY, at: e.timeStamp } : null;
          if (!e.isPrimary) lastTap.current = null;
        }}
        onPointerUp={(e) => {
          if (!e.isPrimary) return;
          const start = swipe.current;
          swipe.current = null;
          if (!start) return;
          const end = { x: e.clientX, y: e.clientY, at: e.timeStamp };
          if (isDoubleTap(lastTap.current, start, end)) {
            lastTap.current = null;
            // After the library's own end of the touch (its pan ends in an animation that would
            // cancel this one): pointerup comes before touchend.
            window.setTimeout(() => zoomAt(end), 0);
            return;
          }
          lastTap.current = isTap(start, end) ? end : null;
          if (scale.current > WHOLE) return;
          const direction = swipeDirection(start, end);
          if (direction !== 0) go(index + direction);
        }}
        onPointerCancel={() => {
          swipe.current = null;
        }}
      >
        <TransformWrapper
          key={photo.media.id + String(index)}
          ref={zoom}
          minScale={1}
          maxScale={6}
          centerOnInit
          // Double taps are told apart below (the library's toggle steps down by its step from a
          // pinched size instead of bringing the picture back whole).
          doubleClick={{ disabled: true }}
          onTransform={(_, state) => {
            scale.current = state.scale;
          }}
        >
          <TransformComponent
            wrapperClass="exhibitions-viewer-zoom"
            contentClass="exhibitions-viewer-content"
          >
            <img src={src} alt={''} className="exhibitions-viewer-image" decoding="async" draggable={false} />
          </TransformComponent>
        </TransformWrapper>
        <button
          type="button"
          className="exhibitions-viewer-turn exhibitions-viewer-previous"
          onClick={() => go(index - 1)}
          disabled={index === 0}
          aria-label={t('viewer.previous')}
        >
          <ChevronLeftIcon />
        </button>
        <button
          type="button"
          className="exhibitions-viewer-turn exhibitions-viewer-next"
          onClick={() => go(index + 1)}
          disabled={index === count - 1}
          aria-label={t('viewer.next')}
        >
          <ChevronRightIcon />
        </button>
      </div>
      <footer className="exhibitions-viewer-bottom">
        <div className="exhibitions-viewer-caption">
          <Shown text={caption} as="p" />
          {exhibit.credit && (
            <p className="exhibitions-viewer-credit">
              {t('exhibit.credit')}：<Shown text={exhibit.credit} note={false} />
            </p>
          )}
          <p className="exhibitions-viewer-hint">{t('viewer.hint')}</p>
        </div>
        {count > 1 && (
          <ol ref={strip} className="exhibitions-viewer-strip" aria-label={t('viewer.thumbs')}>
            {photos.map((p, i) => (
              <li key={`${p.media.id}:${i}`}>
                <button
                  type="button"
                  className="exhibitions-viewer-thumb"
                  aria-current={i === index}
                  aria-label={t('viewer.thumb', { n: i + 1 })}
                  onClick={() => go(i)}
                >
                  <img src={thumbUrl(p.media) ?? ''} alt="" loading="lazy" decoding="async" />
                </button>
              </li>
            ))}
          </ol>
        )}
      </footer>
    </Dialog>
  );
}
