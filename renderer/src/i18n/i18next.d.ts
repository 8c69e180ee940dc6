import type common from './locales/zh-CN/common.json';
import type errors from './locales/zh-CN/errors.json';
import type keyboard from './locales/zh-CN/keyboard.json';
import type publishing from './locales/zh-CN/publishing.json';
import type setup from './locales/zh-CN/setup.json';
import type staff from './locales/zh-CN/staff.json';

// Keys are typed from zh-CN, the source language. Areas add their own namespace by augmenting
// `ResourceNamespaceMap` from their feature folder, so this file never lists them.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      errors: typeof errors;
      keyboard: typeof keyboard;
      publishing: typeof publishing;
      setup: typeof setup;
      staff: typeof staff;
    };
  }
}
