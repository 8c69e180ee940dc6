import { useTranslation } from 'react-i18next';
import { ChevronLeftIcon, ChevronRightIcon } from '../icons';
import type { Composition } from './use-composition';
import { Key } from './Key';

/** Shown only while an input method is composing: the typed letters and what they may spell. */
export function CandidateStrip({ composition }: { composition: Composition }) {
  const { t } = useTranslation('keyboard');
  const { buffer, page, candidates } = composition;
  return (
    <div className="candidates" role="group" aria-label={t('candidates.label')}>
      <output className="candidates-buffer" aria-label={t('candidates.buffer')}>
        {buffer}
      </output>
      <div className="candidates-list">
        {candidates.items.map((c, i) => (
          <Key key={`${c.text}-${i}`} onPress={() => composition.choose(c)}>
            {c.text}
          </Key>
        ))}
      </div>
      <Key label={t('candidates.previous')} onPress={composition.previousPage} disabled={page === 0}>
        <ChevronLeftIcon />
      </Key>
      <Key label={t('candidates.next')} onPress={composition.nextPage} disabled={!candidates.hasMore}>
        <ChevronRightIcon />
      </Key>
    </div>
  );
}
