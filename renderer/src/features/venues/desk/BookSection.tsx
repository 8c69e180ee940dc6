import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_OCCURRENCES, type CreatedBookings } from '../../../../../electron/shared/venues.types';
import { invoke } from '../../../lib/api';
import { useDraft } from '../../../lib/drafts';
import { useErrorText } from '../../../lib/error-text';
import { FormStep } from '../room/FormStep';
import {
  blankRequest,
  draftProblems,
  requestInput,
  type DraftProblems,
  type RequestDraft,
} from '../room/request-draft';
import { TimeStep } from '../room/TimeStep';
import { roomName } from '../room-name';
import { venuesListQuery } from '../venues.queries';
import { BookDone } from './BookDone';
import { RepeatField } from './RepeatField';
import { repeatCount, repeatRule, type Repeat } from './repeat-rule';
import '../venues.css';

/** A booking made at the desk, as typed so far: kept as a draft like the visitor's request. */
interface BookDraft extends RequestDraft {
  venueId: number | null;
  repeat: Repeat;
  count: string;
}

const blank = (): BookDraft => ({ ...blankRequest(), venueId: null, repeat: 'none', count: '6' });

/**
 * 代为预约: venue staff book a room for a branch, approved at once, without the notice a visitor
 * needs; once, or repeating (每周, 每两周, 每月第几个周几) for a number of dates. The answer lists
 * every date booked and every date skipped, with why.
 */
export function Component() {
  const { t, i18n } = useTranslation('venues');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const venues = useQuery(venuesListQuery);
  const initial = useMemo(() => blank(), []);
  const [draft, change, discard] = useDraft<BookDraft>('venues.desk.book', initial);
  const [problems, setProblems] = useState<DraftProblems>({});
  const [countError, setCountError] = useState<string | null>(null);
  const [done, setDone] = useState<{ created: CreatedBookings; room: string } | null>(null);
  const venue = venues.data?.find((v) => v.id === draft.venueId);
  const send = useMutation({
    mutationFn: ({ d, venueId }: { d: BookDraft; venueId: number; room: string }) =>
      invoke('bookings.create', {
        ...requestInput(venueId, d),
        recurrence: repeatRule(d.repeat, d.date, repeatCount(d.count) ?? 2),
      }),
    onSuccess: (created, { room }) => {
      discard();
      setDone({ created, room });
      void queryClient.invalidateQueries({ queryKey: ['venues'] });
    },
  });

  const submit = () => {
    if (!venue) return;
    const found = draftProblems(draft, venue.capacity);
    const badCount = draft.repeat !== 'none' && repeatCount(draft.count) === null;
    setProblems(found);
    setCountError(badCount ? t('book.countInvalid', { max: MAX_OCCURRENCES }) : null);
    if (Object.keys(found).length === 0 && !badCount)
      send.mutate({ d: draft, venueId: venue.id, room: roomName(venue, i18n.language) });
  };

  return (
    <div className="venues venues-desk">
      <div className="section-head">
        <h1>{t('staff.book')}</h1>
      </div>
      {venues.isError && <p className="form-error">{errorText(venues.error)}</p>}
      {done && (
        <BookDone
          created={done.created}
          room={done.room}
          onAnother={() => {
            // A new booking is a new request: a fresh requestId, or core would answer the last one again.
            change(blank());
            setDone(null);
            send.reset();
          }}
        />
      )}
      {!done && !venue && venues.data && (
        <section aria-labelledby="venues-book-rooms">
          <h2 id="venues-book-rooms">{t('book.room')}</h2>
          <div className="venues-purpose-list">
            {venues.data.map((v) => (
              <button
                key={v.id}
                type="button"
                className="btn btn-secondary btn-large"
                onClick={() => change({ venueId: v.id })}
              >
                {roomName(v, i18n.language)}
              </button>
            ))}
          </div>
        </section>
      )}
      {!done && venue && (
        <>
          <p className="venues-when">
            {roomName(venue, i18n.language)}
            <button
              type="button"
              className="btn btn-quiet"
              onClick={() => change({ venueId: null, step: 'time', date: '', start: '', end: '' })}
            >
              {t('book.otherRoom')}
            </button>
          </p>
          {draft.step === 'time' || !draft.start ? (
            <TimeStep venue={venue} draft={draft} change={change} notice={null} asStaff />
          ) : (
            <FormStep
              venue={venue}
              draft={draft}
              change={change}
              problems={problems}
              sending={send.isPending}
              failure={send.isError ? errorText(send.error) : null}
              onSubmit={submit}
              submitLabel={t('book.submit')}
            >
              <RepeatField
                date={draft.date}
                repeat={draft.repeat}
                count={draft.count}
                countError={countError}
                change={change}
              />
            </FormStep>
          )}
        </>
      )}
    </div>
  );
}
