/** Query keys start with the core domain, so a `data.changed` of `exhibitions` refetches them. */
export const studioKeys = {
  drafts: ['exhibitions', 'studio', 'drafts'] as const,
  draft: (id: number) => ['exhibitions', 'studio', 'draft', id] as const,
  preview: (id: number) => ['exhibitions', 'studio', 'preview', id] as const,
  stats: (from: string, to: string) => ['exhibitions', 'studio', 'stats', from, to] as const,
};
