// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { ShownText } from '../../../../electron/shared/exhibitions.types';
import { pickText } from '../../lib/shown-text';
import { Shown } from './shown-text';
import { exhibitionsI18n } from './test-i18n';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const both: ShownText = { 'zh-CN': '园区奠基', 'zh-TW': '園區奠基', en: 'Groundbreaking' };
const noEnglish: ShownText = { 'zh-CN': '园区奠基', 'zh-TW': '園區奠基', en: null };

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

async function render(language: 'zh-CN' | 'zh-TW' | 'en', text: ShownText) {
  const i18n = await exhibitionsI18n(language);
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root?.render(
      <I18nextProvider i18n={i18n}>
        <Shown text={text} as="h1" />
      </I18nextProvider>,
    ),
  );
  return container.querySelector('h1');
}

describe('a curator text on screen', () => {
  it('is in the screen language', () => {
    expect(pickText(both, 'zh-CN')).toEqual({ text: '园区奠基', lang: 'zh-CN', fallback: false });
    expect(pickText(both, 'zh-TW')).toEqual({ text: '園區奠基', lang: 'zh-TW', fallback: false });
    expect(pickText(both, 'en')).toEqual({ text: 'Groundbreaking', lang: 'en', fallback: false });
    // A language the kiosk does not have reads 简体.
    expect(pickText(both, 'fr').text).toBe('园区奠基');
  });

  it('falls back to 简体 when the English is not written, marked as Chinese and with a note', async () => {
    const heading = await render('en', noEnglish);
    expect(heading?.getAttribute('lang')).toBe('zh-CN');
    expect(heading?.firstChild?.textContent).toBe('园区奠基');
    expect(heading?.querySelector('small')?.textContent).toBe('English not available: shown in Chinese');
  });

  it('has no note when the text is there', async () => {
    const heading = await render('en', both);
    expect(heading?.textContent).toBe('Groundbreaking');
    expect(heading?.getAttribute('lang')).toBeNull();
    const tw = await render('zh-TW', noEnglish);
    expect(tw?.textContent).toBe('園區奠基');
  });
});
