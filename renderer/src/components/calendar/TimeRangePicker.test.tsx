// @vitest-environment jsdom
import i18next, { type i18n } from 'i18next';
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import en from '../../i18n/locales/en/common.json';
import zh from '../../i18n/locales/zh-CN/common.json';
import { TimeRangePicker } from './TimeRangePicker';
import type { TimeRange } from './time-slots';

// Nothing in the app books a time yet (venue booking will): the picker is tested here as a
// component, in jsdom, with the app's own texts. A tap is a click on the slot's button.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

async function i18nIn(language: 'zh-CN' | 'en'): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    resources: { 'zh-CN': { common: zh }, en: { common: en } },
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
  return instance;
}

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

/** The picker as a screen would hold it, with every change it reports. */
async function render(
  language: 'zh-CN' | 'en',
  props: { busy?: TimeRange[]; maxMinutes?: number } = {},
): Promise<{ changes: (TimeRange | null)[] }> {
  const instance = await i18nIn(language);
  const changes: (TimeRange | null)[] = [];
  function Screen() {
    const [value, setValue] = useState<TimeRange | null>(null);
    return (
      <TimeRangePicker
        label="Time"
        value={value}
        onChange={(v) => {
          changes.push(v);
          setValue(v);
        }}
        from="09:00"
        to="12:00"
        step={30}
        {...props}
      />
    );
  }
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root?.render(
      <I18nextProvider i18n={instance}>
        <Screen />
      </I18nextProvider>,
    ),
  );
  return { changes };
}

const slot = (name: string) => {
  const found = [...document.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === name);
  if (!found) throw new Error(`No slot named ${name}`);
  return found;
};
const tap = (name: string) => act(() => slot(name).click());
const pressed = () => [...document.querySelectorAll('button[aria-pressed="true"]')].map((b) => b.textContent);
const status = () => document.querySelector('[aria-live]')?.textContent;

describe('the time-range picker', () => {
  it('shows the day in slots and says how to choose', async () => {
    await render('zh-CN');
    const slots = [...document.querySelectorAll('.time-slot')].map((b) => b.textContent);
    expect(slots).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30']);
    expect(document.querySelectorAll('.time-range-hour')).toHaveLength(3);
    expect(status()).toBe(zh.calendar.time.hint);
    const group = document.querySelector('[role="group"]');
    expect(group?.getAttribute('aria-labelledby')).toBe(document.querySelector('.field-label')?.id);
    expect(document.querySelector('input')).toBeNull();
  });

  it('takes a start and an end by two taps, and says the range and its length', async () => {
    const { changes } = await render('zh-CN');
    tap('09:30–10:00');
    expect(changes.at(-1)).toEqual({ start: '09:30', end: '10:00' });
    expect(status()).toContain('09:30–10:00');
    tap('11:00–11:30');
    expect(changes.at(-1)).toEqual({ start: '09:30', end: '11:30' });
    expect(pressed()).toEqual(['09:30', '10:00', '10:30', '11:00']);
    expect(status()).toBe('已选 09:30–11:30，共 2 小时。');
    // Choose again: the range goes, the hint comes back.
    act(() => [...document.querySelectorAll('button')].find((b) => b.textContent === '重新选择')?.click());
    expect(changes.at(-1)).toBeNull();
    expect(pressed()).toEqual([]);
    expect(status()).toBe(zh.calendar.time.hint);
  });

  it('never takes or crosses a taken slot, in English too', async () => {
    const { changes } = await render('en', { busy: [{ start: '10:00', end: '10:30' }] });
    const taken = slot('10:00–10:30, taken');
    expect(taken.disabled).toBe(true);
    tap('09:00–09:30');
    tap('11:00–11:30');
    // Across the taken slot: the second tap starts afresh.
    expect(changes).toEqual([
      { start: '09:00', end: '09:30' },
      { start: '11:00', end: '11:30' },
    ]);
    tap('11:30–12:00');
    expect(status()).toBe('Chosen: 11:00–12:00, 1 hour.');
  });

  it('keeps to the longest range allowed', async () => {
    const { changes } = await render('en', { maxMinutes: 60 });
    tap('09:00–09:30');
    tap('10:30–11:00');
    expect(changes.at(-1)).toEqual({ start: '10:30', end: '11:00' });
    tap('10:30–11:00');
    expect(status()).toBe('Chosen: 10:30–11:00, 30 minutes.');
  });
});
