import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { BackupInfo } from '../../../../../electron/shared';
import { invoke } from '../../../lib/api';
import { endStaffSession } from '../../../lib/session-end';

/**
 * Picking a backup, confirming, restoring; afterwards everyone signs in again. The session is
 * forgotten (with the reason the sign-in screen shows), then `leave` moves off the staff screen
 * before anything is refetched, so none of it asks without a session.
 */
export function useRestore(leave: () => Promise<void>) {
  const queryClient = useQueryClient();
  const [picked, setPicked] = useState<BackupInfo | null>(null);
  const restore = useMutation({
    mutationFn: (name: string) => invoke('backups.restore', { name }),
    onSuccess: async () => {
      setPicked(null);
      endStaffSession('restored');
      await leave();
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
