import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../../lib/api';

/**
 * Every key starts with `library`, the core domain: a `data.changed` event for the reading room
 * (a loan at another desk, an import) refetches what these screens show.
 */
export const deskKeys = {
  all: ['library'] as const,
  shelves: ['library', 'shelves'] as const,
  readingLists: ['library', 'readingLists'] as const,
  readingList: (id: number) => ['library', 'readingList', id] as const,
  status: (cardNo: string) => ['library', 'desk', 'status', cardNo] as const,
  search: (q: string, page: number) => ['library', 'titles', 'search', q, page] as const,
  title: (id: number) => ['library', 'titles', id] as const,
  copies: (titleId: number) => ['library', 'copies', titleId] as const,
  borrowers: (q: string, page: number) => ['library', 'borrowers', q, page] as const,
  borrower: (id: number) => ['library', 'borrower', id] as const,
  rules: ['library', 'loanRules'] as const,
  lending: (kind: string, arg: number) => ['library', 'lending', kind, arg] as const,
  stats: (from: string, to: string) => ['library', 'stats', from, to] as const,
};

export function useShelves() {
  return useQuery({ queryKey: deskKeys.shelves, queryFn: () => invoke('catalogue.shelves', {}) });
}
