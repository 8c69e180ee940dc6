import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { BoardEntry } from '../../../../../electron/shared/venues.types';
import { QrCode } from '../../../components/QrCode';
import { useIdleHold } from '../../../idle/idle-hold';
import { formatDay } from '../../../lib/dates';
import { doorState } from '../board-text';
import { roomName } from '../room-name';
import { useCentreClock } from '../use-centre-clock';
import { idParam } from '../venues-paths';
import { boardQuery, venuesListQuery } from '../venues.queries';
import '../venues.css';

function Entry({ entry, label }: { entry: BoardEntry; label: string }) {
  const { t } = useTranslation('venues');
  return (
    <section className="venues-door-entry" aria-label={label}>
      <p className="venues-door-label">{label}</p>
      <p className="venues-door-time">
        {entry.start.slice(11)}–{entry.end.slice(11)}
      </p>
      <p className="venues-door-title">{entry.title ?? t('door.asked')}</p>
      {entry.organiser && <p className="venues-door-organiser">{entry.organiser}</p>}
    </section>
  );
}

/**
 * `#/door/<roomId>`: the sign on a small screen at a room's door. Now and next, until when the room
 * is free, today's list, and where to ask for it. It never idles out; changes made anywhere show
 * at once (`data.changed` refetches), and the clock moves it on through the day.
 */
export function DoorScreen() {
  const { t, i18n } = useTranslation('venues');
  useIdleHold(true);
  const id = idParam(useParams().id);
  const now = useCentreClock();
  const date = now.slice(0, 10);
  const venues = useQuery(venuesListQuery);
  const venue = venues.data?.find((v) => v.id === id);
  const day = useQuery({
    ...boardQuery(date, id ?? 0),
    enabled: venue !== undefined,
    refetchInterval: 60_000,
  });
  if (!venues.data) return <div className="venues-door" aria-busy="true" />;
  if (!venue)
    return (
      <div className="venues-door">
        <p className="venues-door-title">{t('door.noRoom')}</p>
      </div>
    );
  const name = roomName(venue, i18n.language);
  const { current, next, freeUntil } = doorState(day.data ?? [], now);
  return (
    <div className="venues-door">
      <header className="venues-door-head">
        <h1>{name}</h1>
        <p>
          {formatDay(date, i18n.language, 'full')} {now.slice(11)}
        </p>
      </header>
      <div className="venues-door-now">
        {current ? (
          <Entry entry={current} label={t('door.now')} />
        ) : (
          <section className="venues-door-entry venues-door-free" aria-label={t('door.now')}>
            <p className="venues-door-label">{t('door.now')}</p>
            <p className="venues-door-title">{t('door.free')}</p>
            <p className="venues-door-organiser">
              {freeUntil ? t('door.freeUntil', { time: freeUntil }) : t('door.freeToday')}
            </p>
          </section>
        )}
        {next && <Entry entry={next} label={t('door.next')} />}
      </div>
      <div className="venues-door-foot">
        <section aria-labelledby="venues-door-today">
          <h2 id="venues-door-today">{t('door.today')}</h2>
          {day.data?.length === 0 && <p>{t('door.nothingToday')}</p>}
          <ol className="venues-door-list">
            {day.data?.map((e) => (
              <li key={e.start} className={e.end <= now ? 'venues-door-past' : undefined}>
                <span>
                  {e.start.slice(11)}–{e.end.slice(11)}
                </span>
                <span>{e.title ?? t('door.asked')}</span>
                {e.organiser && <span className="venues-door-organiser">{e.organiser}</span>}
              </li>
            ))}
          </ol>
        </section>
        <figure className="venues-door-qr">
          <QrCode className="venues-qr" text={t('door.qrText', { room: name })} label={t('door.qrLabel')} />
          <figcaption>{t('door.ask')}</figcaption>
        </figure>
      </div>
    </div>
  );
}
