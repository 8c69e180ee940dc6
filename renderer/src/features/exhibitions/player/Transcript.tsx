import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cue } from '../../../../../electron/shared/exhibitions.types';
import { clock } from './cues';

/**
 * The testimony's words, a sentence a line: the one being said is marked and kept in view as the
 * recording plays (the list scrolls, never the page); a tap on a sentence plays from there.
 */
export function Transcript(props: {
  cues: readonly Cue[];
  lang: string;
  active: number;
  onSeek: (cue: Cue) => void;
}) {
  const { cues, lang, active, onSeek } = props;
  const { t } = useTranslation('exhibitions');
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const box = list.current;
    const line = box?.querySelector<HTMLElement>('[aria-current="true"]');
    if (!box || !line) return;
    const top = line.offsetTop - box.offsetTop;
    // Keep the spoken line in the upper third, where the eye expects the next one to follow.
    const wanted = top - box.clientHeight / 3;
    if (Math.abs(box.scrollTop - wanted) > line.offsetHeight)
      box.scrollTo({ top: wanted, behavior: 'smooth' });
  }, [active]);

  return (
    <section className="exhibitions-transcript" aria-labelledby="exhibitions-transcript-title">
      <h2 id="exhibitions-transcript-title">{t('player.transcript')}</h2>
      {cues.length === 0 ? (
        <p className="exhibitions-status">{t('player.noTranscript')}</p>
      ) : (
        <>
          <p className="exhibitions-transcript-hint">{t('player.transcriptHint')}</p>
          <ol ref={list} className="exhibitions-transcript-lines" lang={lang}>
            {cues.map((cue, index) => (
              <li key={`${cue.startS}:${index}`}>
                <button
                  type="button"
                  className="exhibitions-transcript-line"
                  aria-current={index === active}
                  onClick={() => onSeek(cue)}
                >
                  <span className="exhibitions-transcript-time">{clock(cue.startS)}</span>
                  <span>{cue.text}</span>
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
