import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PublishingStatus } from '../../../../electron/shared/publishing.types';
import { invoke } from '../../lib/api';

export type AuthorStep = 'withdraw' | 'archive' | 'unarchive';

/**
 * One step of the author's side (or a reviewer's rollback); afterwards the area's screens (its
 * domain: `library` for `library.readingList`) and the review queue read again.
 */
export function usePublishingStep(kind: string, contentId: number) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: [kind.split('.')[0] ?? kind] }),
      queryClient.invalidateQueries({ queryKey: ['publishing'] }),
    ]);
  const step = useMutation({
    mutationFn: (name: AuthorStep): Promise<PublishingStatus> =>
      invoke(`publishing.${name}`, { kind, contentId }),
    onSuccess: refresh,
  });
  const rollback = useMutation({
    mutationFn: (version: number) => invoke('publishing.rollback', { kind, contentId, version }),
    onSuccess: refresh,
  });
  return { step, rollback };
}
