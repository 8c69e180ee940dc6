// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import common from '../../i18n/locales/zh-CN/common.json';
import errors from '../../i18n/locales/zh-CN/errors.json';
import keyboard from '../../i18n/locales/zh-CN/keyboard.json';
import { ApiFailure } from '../../lib/api';
import { PairingForm, type PairingRequest } from './PairingForm';

// The form as a component in jsdom, with the app's own texts; the hub is the `pair` function the
// test hands it (the real host's pairing is the lead's LAN end-to-end test).
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

async function render(initialCode: string, pair: (request: PairingRequest) => Promise<unknown>) {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: 'zh-CN',
    resources: { 'zh-CN': { common, errors, keyboard } },
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
  const onPaired = vi.fn();
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  const container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  act(() =>
    root?.render(
      <QueryClientProvider client={client}>
        <I18nextProvider i18n={instance}>
          <PairingForm initialCode={initialCode} pair={pair} onPaired={onPaired} />
        </I18nextProvider>
      </QueryClientProvider>,
    ),
  );
  return { onPaired };
}

const field = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]`);

/** Types as a physical keyboard would: React hears the input event. */
function type(name: string, value: string) {
  const input = field(name);
  if (!input) throw new Error(`no field ${name}`);
  act(() => {
    // React tracks the value it set: the prototype's setter is what makes the change its own news.
    Reflect.set(HTMLInputElement.prototype, 'value', value, input);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function press(text: string) {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent === text);
  if (!button) throw new Error(`no button ${text}`);
  act(() => button.click());
}

async function submit() {
  await act(async () => {
    document.querySelector('form')?.requestSubmit();
    await Promise.resolve();
  });
}

describe('the pairing form', () => {
  it('starts with the code from the address and sends it with the name and the purpose', async () => {
    const pair = vi.fn(() => Promise.resolve({ device: { id: 1, name: '一楼服务台', purpose: 'desk' } }));
    const { onPaired } = await render('123456', pair);
    expect(field('code')?.value).toBe('123456');
    type('name', ' 一楼服务台 ');
    press(common.pairing.purposes.desk);
    await submit();
    expect(pair).toHaveBeenCalledWith({ code: '123456', name: '一楼服务台', purpose: 'desk' });
    expect(onPaired).toHaveBeenCalledTimes(1);
  });

  it('empties the code on a wrong one, says so, and keeps the name and the purpose', async () => {
    const pair = vi.fn(() =>
      Promise.reject(new ApiFailure({ code: 'pairing_code_wrong', message: 'wrong code' })),
    );
    const { onPaired } = await render('', pair);
    type('code', '654321');
    type('name', '二楼书吧展示屏');
    press(common.pairing.purposes.desk);
    await submit();
    expect(pair).toHaveBeenCalledTimes(1);
    expect(onPaired).not.toHaveBeenCalled();
    expect(field('code')?.value).toBe('');
    expect(document.activeElement).toBe(field('code'));
    expect(document.body.textContent).toContain(errors.codes.pairing_code_wrong);
    expect(field('name')?.value).toBe('二楼书吧展示屏');
    const desk = [...document.querySelectorAll('button')].find(
      (b) => b.textContent === common.pairing.purposes.desk,
    );
    expect(desk?.getAttribute('aria-pressed')).toBe('true');
  });

  it('refuses a code that is not six digits without asking the hub, and keeps it for correction', async () => {
    const pair = vi.fn(() => Promise.resolve({}));
    await render('', pair);
    type('code', '12345');
    type('name', '展示屏');
    await submit();
    expect(pair).not.toHaveBeenCalled();
    expect(field('code')?.value).toBe('12345');
    expect(document.body.textContent).toContain(common.pairing.codeInvalid);
  });

  it('asks for the name when it is left empty', async () => {
    const pair = vi.fn(() => Promise.resolve({}));
    await render('123456', pair);
    await submit();
    expect(pair).not.toHaveBeenCalled();
    expect(document.body.textContent).toContain(errors.fields.required);
  });

  it('goes on as paired when the hub says this screen needs no pairing', async () => {
    const pair = vi.fn(() =>
      Promise.reject(new ApiFailure({ code: 'pairing_not_needed', message: 'already paired' })),
    );
    const { onPaired } = await render('123456', pair);
    type('name', '展示屏');
    await submit();
    expect(onPaired).toHaveBeenCalledTimes(1);
    expect(document.querySelector('[role="alert"]')).toBeNull();
  });
});
