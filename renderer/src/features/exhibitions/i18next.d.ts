import type exhibitions from './locales/zh-CN.json';

// The exhibitions' keys, typed from zh-CN like the shell's own namespaces.
declare module 'i18next' {
  interface ResourceNamespaceMap {
    exhibitions: typeof exhibitions;
  }
}
