import type desk from './locales/zh-CN.json';

// The desk's keys, typed from zh-CN like the shell's; the namespace is the folder name.
declare module 'i18next' {
  interface ResourceNamespaceMap {
    'library-desk': typeof desk;
  }
}
