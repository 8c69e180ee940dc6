// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../../../electron/shared/exhibitions.types';
import { exhibitionsI18n } from '../test-i18n';
import { Timeline } from './Timeline';

// The timeline as a component in jsdom. jsdom lays nothing out, so the two sizes the line reads
// (its viewport and one card, measured by ResizeObserver) are given by a stand-in observer, and
// matchMedia says "reduced motion" so a jump lands at once: those two are stubbed, nothing else.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const VIEW = { width: 1600, height: 3 * 148 + 64 };
const CARD = { width: 300, height: 148 };

class SizedObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(element: Element) {
    const size = element.classList.contains('exhibitions-timeline-probe') ? CARD : VIEW;
    const entry = { borderBoxSize: [{ inlineSize: size.width, blockSize: size.height }] };
    this.callback([entry as unknown as ResizeObserverEntry], this);
  }
  disconnect() {}
  unobserve() {}
}

function thousand(): TimelineItem[] {
  return Array.from({ length: 1000 }, (_, n) => {
    const year = 1992 + (n % 35);
    const month = String((n % 12) + 1).padStart(2, '0');
    return {
      exhibitionId: 1,
      exhibitUid: `0000000${n}`.slice(-8) + '-0000-7000-8000-000000000000',
      type: 'text',
      title: { 'zh-CN': `大事记${n}`, 'zh-TW': `大事記${n}`, en: null },
      date: {
        text: `${year}-${month}`,
        precision: 'month',
        approximate: n === 0,
        from: `${year}-${month}-01`,
        to: `${year}-${month}-28`,
      },
      thumb: null,
    };
  });
}

let root: Root | null = null;
/** Each render is a history entry of its own: the line remembers its place by entry. */
let entry = 0;
beforeEach(() => {
  globalThis.ResizeObserver = SizedObserver;
  window.matchMedia = ((query: string) => ({
    matches: query.includes('reduce'),
  })) as unknown as typeof window.matchMedia;
});
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

async function render(items: TimelineItem[]) {
  const i18n = await exhibitionsI18n('zh-CN');
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root?.render(
      <I18nextProvider i18n={i18n}>
        <MemoryRouter initialEntries={[{ pathname: '/timeline', key: `entry-${++entry}` }]}>
          <Timeline items={items} />
        </MemoryRouter>
      </I18nextProvider>,
    ),
  );
}

const cards = () => [...document.querySelectorAll<HTMLAnchorElement>('.exhibitions-timeline-cells a')];
/** Where the track stands: how far it is moved left, in px (jsdom writes the transform its own way). */
const shift = () =>
  0 -
  Number(
    /translate3d\((-?[\d.]+)px/.exec(
      document.querySelector<HTMLElement>('.exhibitions-timeline-track')?.style.transform ?? '',
    )?.[1],
  );
/** A card's lane offset, in px (a zero offset may be left out of the written transform). */
const laneOf = (a: HTMLElement) =>
  /translate\([\d.]+px(?:, ([\d.]+)px)?\)/.exec(a.parentElement?.style.transform ?? '')?.[1] ?? '0';
const decade = (name: string) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent === name) ?? null;

describe('the timeline with 1,000 exhibits', () => {
  it('draws only the cards on screen and a screen either side, in three lanes', async () => {
    await render(thousand());
    const drawn = cards();
    expect(drawn.length).toBeGreaterThan(10);
    // Three screens of 1,600 px, 300 px cards, three lanes: about 50, never the thousand.
    expect(drawn.length).toBeLessThan(80);
    const lanes = new Set(drawn.map(laneOf));
    expect([...lanes].sort()).toEqual(['0', '148', '296']);
    expect(drawn[0]?.textContent).toMatch(/^约?1992-0/);
    // The approximate one is marked by its frame.
    expect(drawn.some((a) => a.classList.contains('exhibitions-timeline-approx'))).toBe(true);
  });

  it('moves by a transform of its track and draws the cards of a decade it jumps to', async () => {
    await render(thousand());
    expect(shift()).toBe(0);
    const button = decade('2010年代');
    expect(button).not.toBeNull();
    act(() => button?.click());
    expect(shift()).toBeGreaterThan(0);
    const drawn = cards();
    expect(drawn.length).toBeLessThan(80);
    expect(drawn.some((a) => a.textContent?.startsWith('2010-'))).toBe(true);
    expect(drawn.some((a) => a.textContent?.startsWith('1992-'))).toBe(false);
  });

  it('with the later and earlier buttons moves most of a screen and stops at the start', async () => {
    await render(thousand());
    const later = document.querySelector<HTMLButtonElement>('button[aria-label="往后"]');
    const earlier = document.querySelector<HTMLButtonElement>('button[aria-label="往前"]');
    act(() => later?.click());
    expect(shift()).toBe(VIEW.width * 0.8);
    act(() => earlier?.click());
    act(() => earlier?.click());
    expect(shift()).toBe(0);
  });
});
