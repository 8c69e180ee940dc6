import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/zh-tw';
import { useMemo, useState } from 'react';
import { Calendar, dayjsLocalizer } from 'react-big-calendar';
import dndAddon, { type EventInteractionArgs } from 'react-big-calendar/lib/addons/dragAndDrop';
import 'react-big-calendar/lib/addons/dragAndDrop/styles.css';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import { useTranslation } from 'react-i18next';
import { HOLDING, type Booking, type Venue } from '../../../../../electron/shared/venues.types';
import { DatePicker } from '../../../components/calendar/DatePicker';
import { Segmented } from '../../../components/Segmented';
import { invoke } from '../../../lib/api';
import { useErrorText } from '../../../lib/error-text';
import { roomName } from '../room-name';
import { useCentreClock } from '../use-centre-clock';
import { venuesListQuery } from '../venues.queries';
import { BookingPanel } from './BookingPanel';
import { dateOfWall, rangeOf, wallOfDate, type CalView } from './cal-time';
import './calendar.css';

interface CalEvent {
  title: string;
  start: Date;
  end: Date;
  resourceId: number;
  booking: Booking;
}

const localizer = dayjsLocalizer(dayjs);
// The drag-and-drop add-on is CommonJS only: after the bundler's interop its default export is the
// function itself, or a module object that holds it.
const withDragAndDrop =
  typeof dndAddon === 'function' ? dndAddon : (dndAddon as unknown as { default: typeof dndAddon }).default;
const DnDCalendar = withDragAndDrop<CalEvent, Venue>(Calendar);
const LOCALES: Record<string, string> = { 'zh-CN': 'zh-cn', 'zh-TW': 'zh-tw', en: 'en' };
const VIEWS: readonly CalView[] = ['day', 'week', 'month'];

/**
 * 场地日历: every room's bookings by day (the rooms as columns), week or month. A booking is tapped
 * to see it and decide a request; dragged, or its end stretched, to move it in its room, with the
 * rules and the database's one rule as everywhere (a refused move stays where it was, and says why).
 */
export function Component() {
  const { t, i18n } = useTranslation('venues');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const now = useCentreClock(60);
  const [view, setView] = useState<CalView>('day');
  const [date, setDate] = useState(now.slice(0, 10));
  const [selected, setSelected] = useState<number | null>(null);
  const venues = useQuery(venuesListQuery);
  const range = rangeOf(view, date);
  const bookings = useQuery({
    queryKey: ['venues', 'calendar', range.from, range.to],
    queryFn: () => invoke('bookings.list', { from: `${range.from}T00:00`, to: `${range.to}T00:00` }),
  });
  const move = useMutation({
    mutationFn: ({ id, start, end }: { id: number; start: string; end: string }) =>
      invoke('bookings.update', { id, scope: 'one', start, end }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['venues'] }),
  });
  const [refusal, setRefusal] = useState<string | null>(null);
  const rooms = useMemo(
    () => (venues.data ?? []).map((v) => ({ ...v, name: roomName(v, i18n.language) })),
    [venues.data, i18n.language],
  );
  const events = useMemo(
    () =>
      (bookings.data ?? [])
        .filter((b) => HOLDING.includes(b.status))
        .map((b) => ({
          title: b.status === 'requested' ? `${t('calendar.asked')} ${b.title}` : b.title,
          start: dateOfWall(b.start),
          end: dateOfWall(b.end),
          resourceId: b.venueId,
          booking: b,
        })),
    [bookings.data, t],
  );
  const movable = (e: CalEvent) =>
    (e.booking.status === 'approved' || e.booking.status === 'requested') && e.booking.start > now;
  const moved = ({ event, start, end, resourceId }: EventInteractionArgs<CalEvent>) => {
    setRefusal(null);
    if (resourceId !== undefined && resourceId !== event.resourceId)
      return setRefusal(t('calendar.otherRoom'));
    move.mutate({ id: event.booking.id, start: wallOfDate(new Date(start)), end: wallOfDate(new Date(end)) });
  };
  const open = bookings.data?.find((b) => b.id === selected) ?? null;

  return (
    <div className="venues venues-desk venues-calendar">
      <div className="section-head">
        <h1>{t('staff.calendar')}</h1>
      </div>
      <div className="venues-calendar-tools">
        <Segmented<CalView>
          label={t('calendar.view')}
          options={VIEWS.map((v) => ({ value: v, label: t(`calendar.views.${v}`) }))}
          value={view}
          onChange={setView}
        />
        <DatePicker label={t('calendar.date')} value={date} onChange={setDate} />
      </div>
      <p className="field-hint">{t('calendar.hint')}</p>
      {(bookings.isError || venues.isError) && (
        <p className="form-error">{errorText(bookings.error ?? venues.error)}</p>
      )}
      {(refusal ?? move.error) && (
        <p className="form-error" role="alert">
          {refusal ?? errorText(move.error)}
        </p>
      )}
      <div className="venues-calendar-grid">
        <DnDCalendar
          localizer={localizer}
          culture={LOCALES[i18n.language] ?? 'zh-cn'}
          events={events}
          view={view}
          views={[...VIEWS]}
          onView={(v) => setView(v as CalView)}
          date={dateOfWall(`${date}T12:00`)}
          onNavigate={(d) => setDate(wallOfDate(d).slice(0, 10))}
          toolbar={false}
          resources={view === 'day' ? rooms : undefined}
          resourceIdAccessor="id"
          resourceTitleAccessor="name"
          step={30}
          timeslots={2}
          min={dateOfWall(`${date}T07:00`)}
          max={dateOfWall(`${date}T22:00`)}
          scrollToTime={dateOfWall(`${date}T08:00`)}
          longPressThreshold={150}
          draggableAccessor={movable}
          resizableAccessor={movable}
          onEventDrop={moved}
          onEventResize={moved}
          onSelectEvent={(e) => setSelected(e.booking.id)}
          selected={events.find((e) => e.booking.id === selected)}
          eventPropGetter={(e) => ({ className: `venues-cal-${e.booking.status}` })}
          popup
          messages={{
            showMore: (n: number) => t('calendar.more', { count: n }),
            noEventsInRange: t('calendar.none'),
          }}
        />
      </div>
      {open && (
        <BookingPanel
          booking={open}
          venue={venues.data?.find((v) => v.id === open.venueId) ?? null}
          onClose={() => setSelected(null)}
        />
      )}
    </div>
  );
}
