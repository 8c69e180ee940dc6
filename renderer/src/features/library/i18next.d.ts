import type library from './locales/zh-CN.json';

// The reading room's keys, typed from zh-CN like the shell's own namespaces.
declare module 'i18next' {
  interface ResourceNamespaceMap {
    library: typeof library;
  }
}
