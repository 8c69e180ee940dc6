import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { BackupInfo } from '../../../../../electron/shared';
import { invoke } from '../../../lib/api';
import { keys } from '../../../lib/queries';

/**
 * Picking a backup, confirming, restoring; afterwards everyone signs in again. `leave` moves off
 * the staff screen first, so none of it refetches without a session.
 */
export function useRestore(leave: () => Promise<void>) {
  const queryClient = useQueryClient();
  const [picked, setPicked] = useState<BackupInfo | null>(null);
  const restore = useMutation({
    mutationFn: (name: string) => invoke('backups.restore', { name }),
    onSuccess: async () => {
      setPicked(null);
      await leave();
      queryClient.setQueryData(keys.me, { staff: null });
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' && q.queryKey[0] !== 'kiosk' });
      await queryClient.invalidateQueries({ queryKey: ['kiosk'] });
    },
  });
  return {
    picked,
    pick: (backup: BackupInfo) => {
      restore.reset();
      setPicked(backup);
    },
    cancel: () => setPicked(null),
    confirm: () => picked && restore.mutate(picked.name),
    restore,
  };
}
