// @vitest-environment jsdom
import i18next from 'i18next';
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import zh from '../i18n/locales/zh-CN/common.json';
import { useIdleHold } from './idle-hold';
import { IdleProvider } from './IdleProvider';

// A guided tour or a show runs by itself while nobody touches the screen: it holds the idle reset.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let resets = 0;

/** Runs by itself while its switch is on, as a guided tour would; the test flips it with a tap. */
function Tour() {
  const [running, setRunning] = useState(false);
  useIdleHold(running);
  return (
    <button type="button" id="tour" onClick={() => setRunning((on) => !on)}>
      {running ? 'on' : 'off'}
    </button>
  );
}

/** Starts or stops the tour without counting as a touch (a touch would answer the idle timer). */
const setRunning = (on: boolean) =>
  act(() => {
    const button = document.getElementById('tour');
    if (button?.textContent !== (on ? 'on' : 'off')) button?.click();
  });

beforeEach(async () => {
  vi.useFakeTimers();
  resets = 0;
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: 'zh-CN',
    resources: { 'zh-CN': { common: zh } },
    defaultNS: 'common',
  });
  const dialogs = document.createElement('div');
  dialogs.id = 'dialog-root';
  document.body.append(dialogs);
  root = createRoot(document.body.appendChild(document.createElement('div')));
  act(() =>
    root?.render(
      <I18nextProvider i18n={instance}>
        <IdleProvider enabled idleSeconds={10} countdownSeconds={5} onTimeout={() => resets++}>
          <Tour />
        </IdleProvider>
      </I18nextProvider>,
    ),
  );
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  vi.useRealTimers();
});

const wait = (seconds: number) => {
  act(() => {
    vi.advanceTimersByTime(seconds * 1000);
  });
};
const asking = () => document.querySelector('.idle-dialog') !== null;

describe('useIdleHold', () => {
  it('without a hold, asks after the idle time and resets after the countdown', () => {
    wait(10.5);
    expect(asking()).toBe(true);
    wait(5);
    expect(resets).toBe(1);
  });

  it('while held, never asks nor resets; let go, the idle time starts from nothing', () => {
    setRunning(true);
    wait(60);
    expect(asking()).toBe(false);
    expect(resets).toBe(0);
    setRunning(false);
    wait(9);
    expect(asking()).toBe(false);
    wait(1.5);
    expect(asking()).toBe(true);
    wait(5);
    expect(resets).toBe(1);
  });

  it('a hold taken while the question is up takes it away', () => {
    wait(11);
    expect(asking()).toBe(true);
    setRunning(true);
    expect(asking()).toBe(false);
    wait(30);
    expect(resets).toBe(0);
  });
});
