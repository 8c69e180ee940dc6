import type studio from './locales/zh-CN.json';

// The editor's keys, typed from zh-CN like the shell's; the namespace is the folder name.
declare module 'i18next' {
  interface ResourceNamespaceMap {
    'tour-studio': typeof studio;
  }
}
