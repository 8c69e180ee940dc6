import type venues from './locales/zh-CN.json';

// Venue booking's keys, typed from zh-CN like the shell's own namespaces.
declare module 'i18next' {
  interface ResourceNamespaceMap {
    venues: typeof venues;
  }
}
