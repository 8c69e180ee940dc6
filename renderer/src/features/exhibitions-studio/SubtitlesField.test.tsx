// @vitest-environment jsdom
import i18next from 'i18next';
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import area from '../exhibitions/locales/en.json';
import studio from './locales/en.json';
import { emptyText, type FormText, type Lang } from './studio-form';
import { SubtitlesField } from './SubtitlesField';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TWO = 'WEBVTT\n\n00:00.000 --> 00:02.000\nOne\n\n00:02.000 --> 00:04.000\nTwo\n';

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

/** The field as the editor holds it, with every value it was given kept in `seen`. */
async function render(
  start: FormText,
  seen: FormText[],
  errorOf: (lang: Lang) => string | null = () => null,
) {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { exhibitions: area, 'exhibitions-studio': studio } },
    interpolation: { escapeValue: false },
  });
  function Holder() {
    const [value, setValue] = useState(start);
    return (
      <SubtitlesField
        value={value}
        onChange={(next) => {
          seen.push(next);
          setValue(next);
        }}
        errorOf={errorOf}
      />
    );
  }
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root?.render(
      <I18nextProvider i18n={i18n}>
        <Holder />
      </I18nextProvider>,
    ),
  );
}

const box = (label: string) => {
  const el = [...document.querySelectorAll('label')].find((l) => l.textContent === label);
  const area = document.getElementById(el?.htmlFor ?? '');
  if (!(area instanceof HTMLTextAreaElement)) throw new Error(`no textarea ${label}`);
  return area;
};
const statusOf = (area: HTMLTextAreaElement) =>
  document.getElementById(area.getAttribute('aria-describedby') ?? '')?.textContent;
const button = (name: string) => {
  const found = [...document.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
};

function paste(area: HTMLTextAreaElement, text: string) {
  act(() => {
    // The prototype's setter, past React's own watch on the element, as a paste would be.
    Reflect.set(HTMLTextAreaElement.prototype, 'value', text, area);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('the subtitles of a video or a recording', () => {
  it('counts the lines pasted, says where WebVTT stops being readable, and clears a language', async () => {
    const seen: FormText[] = [];
    await render(emptyText(), seen);
    const zh = box('Subtitles (简体)');
    expect(statusOf(zh)).toBe('No subtitles.');
    expect(statusOf(box('Subtitles (繁體)'))).toBe('Empty: derived from the Simplified subtitles.');
    paste(zh, TWO);
    expect(statusOf(zh)).toBe('2 subtitle lines read.');
    expect(seen.at(-1)).toEqual({ 'zh-CN': TWO, 'zh-TW': '', en: '' });
    paste(zh, 'WEBVTT\n\n00:00.000 --> 00:02.000\nOne\n\nnot a time\nTwo\n');
    // "not a time" reads as a cue's name (line 6), so line 7 is where a timing was missing.
    expect(statusOf(zh)).toBe(`${area.errors.subtitles_unreadable} (line 7)`);
    expect(zh.getAttribute('aria-invalid')).toBe('true');
    act(() => button('Clear Subtitles (简体)').click());
    expect(seen.at(-1)).toEqual(emptyText());
    expect(statusOf(zh)).toBe('No subtitles.');
  });

  it('reads a .vtt file picked for a language', async () => {
    const seen: FormText[] = [];
    await render(emptyText(), seen);
    const input = [...document.querySelectorAll<HTMLInputElement>('input[type="file"]')][2];
    if (!input) throw new Error('no file input for English');
    expect(input.closest('label')?.textContent).toBe('Choose a .vtt file Subtitles (English)');
    Object.defineProperty(input, 'files', { value: [new File([TWO], 'talk.en.vtt', { type: 'text/vtt' })] });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(seen.at(-1)).toEqual({ 'zh-CN': '', 'zh-TW': '', en: TWO });
    expect(statusOf(box('Subtitles (English)'))).toBe('2 subtitle lines read.');
  });

  it('removes them all, and shows the save’s refusal only while the text does not read', async () => {
    const seen: FormText[] = [];
    const start = { 'zh-CN': TWO, 'zh-TW': '', en: TWO };
    await render(start, seen, (lang) => (lang === 'zh-TW' ? 'refused by the save' : null));
    expect(statusOf(box('Subtitles (繁體)'))).toBe('refused by the save');
    expect(statusOf(box('Subtitles (English)'))).toBe('2 subtitle lines read.');
    act(() => button('Remove all subtitles').click());
    expect(seen).toEqual([emptyText()]);
    expect(document.querySelector('textarea')?.value).toBe('');
  });
});
