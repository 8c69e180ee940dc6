import type tour from './locales/zh-CN.json';

// The tour's keys, typed from zh-CN like the shell's own namespaces.
declare module 'i18next' {
  interface ResourceNamespaceMap {
    tour: typeof tour;
  }
}
