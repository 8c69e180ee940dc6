// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExhibitHighlight } from '../../../../electron/shared/exhibitions.types';
import { KioskSessionContext, type KioskSession } from '../../app/kiosk-session-context';
import { AttractScreen } from '../../screens/attract/AttractScreen';
import { exhibitionsI18n } from './test-i18n';

// The curators' picks on the real attract screen, in jsdom. The core is answered through a stand-in
// for the Electron preload (`window.kiosk`, which cannot run here); the rotation's interval is faked.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const UID = '018f0000-0000-7000-8000-0000000000aa';
const pick: ExhibitHighlight = {
  exhibitionId: 4,
  exhibitUid: UID,
  type: 'photo',
  title: { 'zh-CN': '园区大门落成', 'zh-TW': '園區大門落成', en: null },
  caption: { 'zh-CN': '五个字由老同志题写。', 'zh-TW': '五個字由老同志題寫。', en: null },
  exhibitionTitle: { 'zh-CN': '湖畔三十年', 'zh-TW': '湖畔三十年', en: null },
  picture: { id: 'c'.repeat(64), kind: 'image', type: 'image/jpeg', bytes: 10, variants: ['screen'] },
};

const answers: Record<string, unknown> = {
  'kiosk.info': { areas: ['exhibitions'], centreName: '星湖党群服务中心', centreNameEn: '' },
  'kiosk.counters': [],
  'exhibitions.highlights': [pick],
};

function Where() {
  const { pathname } = useLocation();
  return <p data-testid="where">{pathname}</p>;
}

let root: Root;
let host: HTMLDivElement;
let beginVisit: ReturnType<typeof vi.fn>;
let router: ReturnType<typeof createMemoryRouter>;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  window.kiosk = {
    invoke: (method) => Promise.resolve({ ok: true, value: answers[method] }),
    on: () => () => {},
  };
  beginVisit = vi.fn();
  const session = { language: 'zh-CN', languages: ['zh-CN'], beginVisit } as unknown as KioskSession;
  router = createMemoryRouter(
    [
      { path: '/', element: <AttractScreen /> },
      { path: '*', element: <Where /> },
    ],
    { initialEntries: ['/'] },
  );
  const i18n = await exhibitionsI18n('zh-CN');
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => {
    root.render(
      <QueryClientProvider client={client}>
        <I18nextProvider i18n={i18n}>
          <KioskSessionContext.Provider value={session}>
            <RouterProvider router={router} />
          </KioskSessionContext.Provider>
        </I18nextProvider>
      </QueryClientProvider>,
    );
    await Promise.resolve();
  });
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
  delete window.kiosk;
  vi.useRealTimers();
});

const heading = () => host.querySelector('.highlight h2')?.textContent;

/** Turns the slides until one titled `title` shows (at most `max` turns); false when none did. */
async function turnTo(title: string, max = 10): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    await act(async () => {
      await vi.waitFor(() => expect(heading()).toBeTruthy());
    });
    if (heading() === title) return true;
    act(() => {
      vi.advanceTimersByTime(8000);
    });
  }
  return false;
}

describe("the curators' picks on the attract screen", () => {
  it("come after the area's own slide, with the picture cropped to the frame and named by the title", async () => {
    await act(async () => {
      await vi.waitFor(() => expect(host.querySelectorAll('.highlight-dots .dot').length).toBe(4));
    });
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      seen.push(heading() ?? '');
      act(() => {
        vi.advanceTimersByTime(8000);
      });
    }
    const zh = await exhibitionsI18n('zh-CN');
    expect(seen).toEqual([
      zh.t('attract.slides.welcome.title'),
      zh.t('exhibitions:highlight.title'),
      '园区大门落成',
      zh.t('attract.slides.touch.title'),
    ]);
    expect(await turnTo('园区大门落成')).toBe(true);
    const img = host.querySelector<HTMLImageElement>('.highlight img.highlight-picture');
    expect(img?.alt).toBe('园区大门落成');
    expect(img?.getAttribute('src')).toBe(`/media/${'c'.repeat(64)}/screen`);
    expect(host.querySelector('.highlight p')?.textContent).toBe('五个字由老同志题写。');
  });

  it('a tap on a pick begins the visit and opens the exhibit, with home behind it', async () => {
    expect(await turnTo('园区大门落成')).toBe(true);
    await act(async () => {
      host.querySelector<HTMLElement>('.highlight-picture')?.click();
      await vi.waitFor(() =>
        expect(router.state.location.pathname).toBe(`/areas/exhibitions/4/exhibits/${UID}`),
      );
    });
    expect(beginVisit).toHaveBeenCalledTimes(1);
    await act(() => router.navigate(-1));
    expect(router.state.location.pathname).toBe('/home');
  });

  it('a tap on any other slide opens home, as before', async () => {
    await act(async () => {
      host.querySelector<HTMLElement>('.highlight')?.click();
      await vi.waitFor(() => expect(router.state.location.pathname).toBe('/home'));
    });
    expect(beginVisit).toHaveBeenCalledTimes(1);
  });
});
