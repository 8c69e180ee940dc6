import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mediaUrl } from '../../../../../electron/shared/media.types';
import { useParams, useSearchParams } from 'react-router';
import { isLocalDate } from '../../../../../electron/shared/dates';
import type { RequestAnswer, Venue } from '../../../../../electron/shared/venues.types';
import { ApiFailure, invoke } from '../../../lib/api';
import { hasDraft, useDraft } from '../../../lib/drafts';
import { useErrorText } from '../../../lib/error-text';
import { newRequestId } from '../../../lib/request-id';
import { roomName } from '../room-name';
import { ScreenHeader } from '../ScreenHeader';
import { idParam } from '../venues-paths';
import { venuesListQuery } from '../venues.queries';
import { FormStep } from './FormStep';
import {
  blankRequest,
  draftProblems,
  requestInput,
  type DraftProblems,
  type RequestDraft,
} from './request-draft';
import { RequestDone } from './RequestDone';
import { TimeStep } from './TimeStep';

/** Refusals that are about the time: the visitor goes back to choose another. */
const TIME_CODES = new Set([
  'slot_taken',
  'outside_hours',
  'closed_day',
  'too_far_ahead',
  'too_short_notice',
  'invalid_time_range',
]);

function RoomRequest({ venue }: { venue: Venue }) {
  const { t, i18n } = useTranslation('venues');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const formId = `venues.request.${venue.id}`;
  const [restored] = useState(() => hasDraft(formId));
  const initial = useMemo(() => blankRequest(), []);
  // Opened from a free day or hour (`?date=`): on that day, unless a time is already picked.
  const asked = useSearchParams()[0].get('date');
  const [draft, change, discard] = useDraft<RequestDraft>(formId, initial, {
    opening: (kept) =>
      asked !== null && isLocalDate(asked) && !kept.start ? { ...kept, date: asked, step: 'time' } : kept,
  });
  const [problems, setProblems] = useState<DraftProblems>({});
  const [done, setDone] = useState<{ answer: RequestAnswer; draft: RequestDraft } | null>(null);
  const [timeNotice, setTimeNotice] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: (d: RequestDraft) => invoke('bookings.request', requestInput(venue.id, d)),
    onSuccess: (answer, d) => {
      discard();
      setDone({ answer, draft: d });
    },
    onError: (e) => {
      if (e instanceof ApiFailure && TIME_CODES.has(e.code)) {
        // The slot went meanwhile (or the clock passed the notice): choose again, with a new request id.
        setTimeNotice(errorText(e));
        change({ step: 'time', start: '', end: '', requestId: newRequestId() });
        void queryClient.invalidateQueries({ queryKey: ['venues', 'availability'] });
        send.reset();
      }
    },
  });
  const name = roomName(venue, i18n.language);

  if (done)
    return (
      <RequestDone
        answer={done.answer}
        room={name}
        date={done.draft.date}
        start={done.draft.start}
        end={done.draft.end}
      />
    );
  return (
    <>
      {restored && draft.date !== '' && (
        <p className="notice" role="status">
          {t('request.restored')}
        </p>
      )}
      {draft.step === 'time' || !draft.start ? (
        <TimeStep venue={venue} draft={draft} change={change} notice={timeNotice} />
      ) : (
        <FormStep
          venue={venue}
          draft={draft}
          change={(patch) => {
            setTimeNotice(null);
            change(patch);
          }}
          problems={problems}
          sending={send.isPending}
          failure={send.isError ? errorText(send.error) : null}
          onSubmit={() => {
            const found = draftProblems(draft, venue.capacity);
            setProblems(found);
            if (Object.keys(found).length === 0) send.mutate(draft);
          }}
        />
      )}
    </>
  );
}

/** One room: its facts, then the visitor's request in two steps (a time, then who and what for). */
export function RoomScreen() {
  const { t, i18n } = useTranslation('venues');
  const errorText = useErrorText();
  const id = idParam(useParams().id);
  const list = useQuery(venuesListQuery);
  const venue = list.data?.find((v) => v.id === id);
  return (
    <section className="venues-screen" aria-labelledby="venues-room-title">
      <ScreenHeader
        title={<h1 id="venues-room-title">{venue ? roomName(venue, i18n.language) : t('room.title')}</h1>}
        lead={
          venue && (
            <p className="lead">
              {[
                t('room.floor', { floor: venue.floor }),
                t('room.capacity', { count: venue.capacity }),
                t(venue.rules.needsApproval ? 'room.needsApproval' : 'room.instant'),
              ].join(t('list.separator'))}
            </p>
          )
        }
      />
      {list.isPending && <p className="venues-status">{t('home.loading')}</p>}
      {list.isError && <p className="form-error">{errorText(list.error)}</p>}
      {list.data && !venue && <p className="venues-status">{t('room.gone')}</p>}
      {venue && venue.photos.length > 0 && (
        <ul className="venues-room-photos" aria-label={t('room.photos')}>
          {venue.photos.map((id, i) => (
            <li key={id}>
              <img
                src={mediaUrl(id, 'screen')}
                alt={t('room.photo', { room: roomName(venue, i18n.language), n: i + 1 })}
              />
            </li>
          ))}
        </ul>
      )}
      {venue && <RoomRequest key={venue.id} venue={venue} />}
    </section>
  );
}
