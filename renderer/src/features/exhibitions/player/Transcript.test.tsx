// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { Cue } from '../../../../../electron/shared/exhibitions.types';
import { exhibitionsI18n } from '../test-i18n';
import { Transcript } from './Transcript';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const cues: Cue[] = [
  { startS: 0, endS: 2.5, text: '一九九二年，园区在这片稻田上奠基。' },
  { startS: 2.5, endS: 5, text: '那时候只有一条土路。' },
  { startS: 65, endS: 70, text: '第一批企业搬进来。' },
];

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

async function render(active: number, seeks: Cue[]) {
  const i18n = await exhibitionsI18n('zh-CN');
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  // jsdom has no scrolling: the list's scrollTo is a no-op stand-in.
  Element.prototype.scrollTo = function scrollTo() {};
  act(() =>
    root?.render(
      <I18nextProvider i18n={i18n}>
        <Transcript cues={cues} lang="zh-CN" active={active} onSeek={(cue) => seeks.push(cue)} />
      </I18nextProvider>,
    ),
  );
}

const lines = () => [...document.querySelectorAll<HTMLButtonElement>('.exhibitions-transcript-line')];

describe('the transcript', () => {
  it('lists every sentence with its time and marks the one being said', async () => {
    await render(1, []);
    expect(lines().map((b) => b.textContent)).toEqual([
      '0:00一九九二年，园区在这片稻田上奠基。',
      '0:02那时候只有一条土路。',
      '1:05第一批企业搬进来。',
    ]);
    expect(lines().map((b) => b.getAttribute('aria-current'))).toEqual(['false', 'true', 'false']);
    expect(document.querySelector('h2')?.textContent).toBe('讲述文字稿');
  });

  it('plays from a sentence when it is tapped', async () => {
    const seeks: Cue[] = [];
    await render(0, seeks);
    act(() => lines()[2]?.click());
    expect(seeks).toEqual([cues[2]]);
  });
});
