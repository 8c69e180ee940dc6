import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cue, Exhibit } from '../../../../../electron/shared/exhibitions.types';
import { mediaUrl, type MediaInfo } from '../../../../../electron/shared/media.types';
import { useIdleHold } from '../../../idle/idle-hold';
import { invoke } from '../../../lib/api';
import { PauseIcon, PlayIcon } from '../../../components/icons';
import { Back10Icon, SubtitlesIcon } from '../exhibitions-icons';
import { clock, cueAt, subtitlesFor, transcriptLineAt } from './cues';
import { Transcript } from './Transcript';

const BACK_S = 10;

/**
 * A video testimony or a recording: large touch controls (play/pause, back 10 s, subtitles on and
 * off), the subtitles drawn over the picture from the exhibit's cues (on by default), and the
 * transcript beside it that follows the playback. The kiosk does not idle out while it plays.
 */
export function TestimonyPlayer({ exhibit, media }: { exhibit: Exhibit; media: MediaInfo }) {
  const { t, i18n } = useTranslation('exhibitions');
  const element = useRef<HTMLVideoElement & HTMLAudioElement>(null);
  const counted = useRef(false);
  const [playing, setPlaying] = useState(false);
  const [time, setTime] = useState(0);
  const [duration, setDuration] = useState(media.durationS ?? 0);
  const [subtitlesOn, setSubtitlesOn] = useState(true);
  const [failed, setFailed] = useState(false);
  const subtitles = subtitlesFor(exhibit, i18n.language);
  const cues = subtitles?.cues ?? [];
  const cue = cues[cueAt(cues, time)];
  const line = transcriptLineAt(cues, time);
  const isVideo = media.kind === 'video';
  useIdleHold(playing);

  // `timeupdate` comes about four times a second: a frame clock while playing keeps the subtitle
  // change on the word, not up to 250 ms late.
  useEffect(() => {
    if (!playing) return;
    let frame = requestAnimationFrame(function tick() {
      const el = element.current;
      if (el) setTime(el.currentTime);
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing]);

  const toggle = () => {
    const el = element.current;
    if (!el) return;
    if (el.paused) void el.play().catch(() => setFailed(true));
    else el.pause();
  };
  const back = () => {
    const el = element.current;
    if (!el) return;
    el.currentTime = Math.max(0, el.currentTime - BACK_S);
    setTime(el.currentTime);
  };
  const seek = (to: Cue) => {
    const el = element.current;
    if (!el) return;
    el.currentTime = to.startS;
    setTime(to.startS);
    if (el.paused) void el.play().catch(() => setFailed(true));
  };

  const events = {
    onPlay: () => {
      setPlaying(true);
      if (!counted.current) {
        counted.current = true;
        // Counting never gets in the way of watching.
        invoke('exhibitions.played', { uid: exhibit.uid }).catch(() => undefined);
      }
    },
    onPause: () => setPlaying(false),
    onEnded: () => setPlaying(false),
    onTimeUpdate: () => setTime(element.current?.currentTime ?? 0),
    onSeeked: () => setTime(element.current?.currentTime ?? 0),
    onLoadedMetadata: () => {
      const d = element.current?.duration;
      if (d !== undefined && Number.isFinite(d)) setDuration(d);
    },
    onError: () => setFailed(true),
  };
  const src = mediaUrl(media.id);
  const poster = media.variants.includes('poster') ? mediaUrl(media.id, 'poster') : undefined;

  return (
    <div className="exhibitions-testimony">
      <div className="exhibitions-player">
        <div
          className={
            isVideo ? 'exhibitions-player-screen' : 'exhibitions-player-screen exhibitions-player-audio'
          }
        >
          {isVideo ? (
            <video
              ref={element}
              src={src}
              poster={poster}
              preload="metadata"
              playsInline
              onClick={toggle}
              {...events}
            />
          ) : (
            <audio ref={element} src={src} preload="metadata" {...events} />
          )}
          {subtitlesOn && cue && (
            <p
              className="exhibitions-subtitle"
              lang={subtitles?.lang}
              aria-hidden="true"
              data-testid="exhibitions-subtitle"
            >
              <span>{cue.text}</span>
            </p>
          )}
        </div>
        {failed && <p className="form-error">{t('player.unplayable')}</p>}
        {subtitles?.fallback && <p className="exhibitions-en-missing">{t('player.subtitlesFallback')}</p>}
        <div className="exhibitions-player-controls">
          <button type="button" className="btn btn-primary btn-huge exhibitions-player-play" onClick={toggle}>
            {playing ? <PauseIcon /> : <PlayIcon />}
            {playing ? t('player.pause') : t('player.play')}
          </button>
          <button type="button" className="btn btn-secondary btn-huge" onClick={back}>
            <Back10Icon />
            {t('player.back10')}
          </button>
          {subtitles && (
            <button
              type="button"
              className="btn btn-secondary btn-huge"
              aria-pressed={subtitlesOn}
              onClick={() => setSubtitlesOn((on) => !on)}
            >
              <SubtitlesIcon />
              {subtitlesOn ? t('player.subtitlesOn') : t('player.subtitlesOff')}
            </button>
          )}
          <span className="exhibitions-player-time" aria-hidden="true">
            {t('player.time', { current: clock(time), total: clock(duration) })}
          </span>
        </div>
        <div
          className="exhibitions-player-progress"
          role="progressbar"
          aria-label={t('player.time', { current: clock(time), total: clock(duration) })}
          aria-valuemin={0}
          aria-valuemax={Math.round(duration)}
          aria-valuenow={Math.round(time)}
        >
          <span style={{ transform: `scaleX(${duration > 0 ? Math.min(1, time / duration) : 0})` }} />
        </div>
      </div>
      {subtitles && <Transcript cues={cues} lang={subtitles.lang} active={line} onSeek={seek} />}
    </div>
  );
}
