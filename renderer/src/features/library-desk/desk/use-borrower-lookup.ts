import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { invoke } from '../../../lib/api';
import { normaliseCode } from '../shared/codes';
import { deskKeys } from '../shared/queries';

/**
 * The borrower at the desk: looked up once per scan of a card (so scanning the same card after a
 * refusal asks again), then kept fresh by the query while books are lent.
 */
export function useBorrowerLookup() {
  const queryClient = useQueryClient();
  const [card, setCard] = useState<string | null>(null);
  const lookup = useMutation({
    mutationFn: (cardNo: string) => invoke('lending.borrowerStatus', { cardNo }),
    onSuccess: (status, cardNo) => {
      queryClient.setQueryData(deskKeys.status(normaliseCode(cardNo)), status);
      setCard(normaliseCode(cardNo));
    },
  });
  const status = useQuery({
    queryKey: deskKeys.status(card ?? ''),
    queryFn: () => invoke('lending.borrowerStatus', { cardNo: card ?? '' }),
    enabled: card !== null,
  });
  const { reset } = lookup;
  const clear = useCallback(() => {
    setCard(null);
    reset();
  }, [reset]);
  const refresh = useCallback(
    () => queryClient.invalidateQueries({ queryKey: deskKeys.status(card ?? '') }),
    [queryClient, card],
  );
  return { card, status: card ? status.data : undefined, lookup, clear, refresh };
}
