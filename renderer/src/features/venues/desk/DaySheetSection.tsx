import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardEntry, Venue } from '../../../../../electron/shared/venues.types';
import { addDays } from '../../../../../electron/shared/dates';
import { DatePicker } from '../../../components/calendar/DatePicker';
import { PrintSheet } from '../../../components/PrintSheet';
import { QrCode } from '../../../components/QrCode';
import { formatDay } from '../../../lib/dates';
import { useErrorText } from '../../../lib/error-text';
import { roomName } from '../room-name';
import { useCentreClock } from '../use-centre-clock';
import { boardQuery, venuesListQuery } from '../venues.queries';
import '../venues.css';

/** One room's day on paper: what the door sign shows, for a door without a screen. */
function DaySheet({ venue, date, entries }: { venue: Venue; date: string; entries: readonly BoardEntry[] }) {
  const { t, i18n } = useTranslation('venues');
  const name = roomName(venue, i18n.language);
  return (
    <article className="venues-sheet" aria-label={t('sheet.of', { room: name })}>
      <header className="venues-sheet-head">
        <h2>{name}</h2>
        <p>
          {venue.floor} · {formatDay(date, i18n.language, 'full')}
        </p>
      </header>
      {entries.length === 0 ? (
        <p className="venues-sheet-none">{t('sheet.none')}</p>
      ) : (
        <table className="venues-sheet-table">
          <thead>
            <tr>
              <th scope="col">{t('sheet.time')}</th>
              <th scope="col">{t('sheet.what')}</th>
              <th scope="col">{t('sheet.who')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.start}>
                <td>
                  {e.start.slice(11)}–{e.end.slice(11)}
                </td>
                <td>{e.title ?? t('door.asked')}</td>
                <td>{e.organiser ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <footer className="venues-sheet-foot">
        <QrCode
          className="venues-sheet-qr"
          text={t('door.qrText', { room: name })}
          label={t('door.qrLabel')}
        />
        <p>{t('door.ask')}</p>
      </footer>
    </article>
  );
}

/**
 * 门口日程表: a day's sheet for each room's door, one page a room, with what the door sign shows
 * (never a contact); printed from the browser's or Electron's print dialog.
 */
export function Component() {
  const { t } = useTranslation('venues');
  const errorText = useErrorText();
  const today = useCentreClock(60).slice(0, 10);
  const [date, setDate] = useState(today);
  const venues = useQuery(venuesListQuery);
  const day = useQuery(boardQuery(date));
  const failed = venues.error ?? day.error;
  const sheets =
    venues.data && day.data
      ? venues.data.map((v) => (
          <DaySheet key={v.id} venue={v} date={date} entries={day.data.filter((e) => e.venueId === v.id)} />
        ))
      : null;

  return (
    <div className="venues venues-desk">
      <div className="section-head">
        <h1>{t('staff.daySheet')}</h1>
      </div>
      <p className="field-hint">{t('sheet.lead')}</p>
      <div className="venues-sheet-tools">
        <DatePicker
          label={t('sheet.date')}
          value={date}
          min={addDays(today, -30)}
          max={addDays(today, 366)}
          onChange={setDate}
        />
        <button
          type="button"
          className="btn btn-primary btn-large"
          disabled={sheets === null}
          onClick={() => window.print()}
        >
          {t('sheet.print')}
        </button>
      </div>
      {failed && (
        <p className="form-error" role="alert">
          {errorText(failed)}
        </p>
      )}
      {sheets && (
        <>
          <div className="venues-sheet-preview">{sheets}</div>
          <PrintSheet>{sheets}</PrintSheet>
        </>
      )}
    </div>
  );
}
