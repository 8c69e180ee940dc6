import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '../../../../../electron/shared';
import { EQUIPMENT, PHOTOS_MAX, PURPOSES, type Venue } from '../../../../../electron/shared/venues.types';
import { TextField } from '../../../components/keyboard/TextField';
import { Segmented } from '../../../components/Segmented';
import { invoke } from '../../../lib/api';
import { weekdayName } from '../../../lib/dates';
import { draftFields, useDraft } from '../../../lib/drafts';
import { useErrorText } from '../../../lib/error-text';
import { HalfHourSelect } from './HalfHourSelect';
import { PhotosField } from '../../../components/PhotosField';
import {
  blankRoom,
  HALF_HOURS,
  roomDraftOf,
  roomInput,
  type RoomDraft,
  type RoomProblems,
} from './room-form';

/** Monday first, as a week is read at the centre. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

function Toggles<T extends string>(props: {
  legend: string;
  hint?: string;
  all: readonly T[];
  chosen: readonly T[];
  label: (value: T) => string;
  onChange: (chosen: T[]) => void;
}) {
  const { legend, hint, all, chosen, label, onChange } = props;
  return (
    <fieldset className="venues-purposes">
      <legend className="field-label">{legend}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      <div className="venues-purpose-list">
        {all.map((v) => (
          <button
            key={v}
            type="button"
            className="btn btn-secondary venues-purpose"
            aria-pressed={chosen.includes(v)}
            onClick={() =>
              onChange(
                chosen.includes(v)
                  ? chosen.filter((c) => c !== v)
                  : [...all.filter((a) => a === v || chosen.includes(a))],
              )
            }
          >
            {label(v)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * A room's settings: its names, floor and size, what is in it, the hours of each weekday, and the
 * rules a visitor's request meets. Kept as a draft until saved, so a restart loses nothing.
 */
export function RoomForm(props: { venue: Venue | null; onClose: () => void }) {
  const { venue, onClose } = props;
  const { t, i18n } = useTranslation('venues');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const initial = useMemo(() => (venue ? roomDraftOf(venue) : blankRoom()), [venue]);
  const [draft, change, discard] = useDraft<RoomDraft>(`venues.desk.room.${venue?.id ?? 'new'}`, initial);
  // Checked as typed once a save was tried, so a corrected field stops saying it is wrong.
  const [tried, setTried] = useState(false);
  const checked = roomInput(draft);
  const problems: RoomProblems = tried && 'problems' in checked ? checked.problems : {};
  const save = useMutation({
    mutationFn: (input: In<'venues.save'>) => invoke('venues.save', input),
    onSuccess: async () => {
      discard();
      await queryClient.invalidateQueries({ queryKey: ['venues'] });
      onClose();
    },
  });
  const problem = (f: keyof RoomProblems) => (problems[f] ? t(problems[f] as 'rooms.problems.name') : null);
  const field = draftFields(draft, change, (f) => problem(f as keyof RoomProblems));
  const number = (name: keyof RoomDraft & keyof RoomProblems, label: string, hint?: string) => (
    <TextField label={label} kind="digits" maxLength={5} hint={hint} {...field(name as 'capacity')} />
  );
  const setDay = (weekday: number, hours: RoomDraft['hours'][number]) =>
    change({ hours: draft.hours.map((h, d) => (d === weekday ? hours : h)) });

  return (
    <form
      className="venues venues-desk venues-room-form form"
      noValidate
      aria-labelledby="venues-room-title"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if ('input' in checked && !save.isPending) save.mutate(checked.input);
      }}
    >
      <div className="section-head">
        <h1 id="venues-room-title">
          {venue ? t('rooms.editTitle', { name: venue.name }) : t('rooms.addTitle')}
        </h1>
        <button
          type="button"
          className="btn btn-secondary btn-large"
          onClick={() => {
            discard();
            onClose();
          }}
        >
          {t('rooms.discard')}
        </button>
      </div>
      <div className="form-row">
        <TextField label={t('rooms.name')} kind="words" maxLength={40} {...field('name')} />
        <TextField label={t('rooms.nameEn')} kind="words" maxLength={60} {...field('nameEn')} />
      </div>
      <div className="form-row">
        <TextField label={t('rooms.floor')} kind="words" maxLength={20} {...field('floor')} />
        {number('capacity', t('rooms.capacity'))}
      </div>
      <Toggles
        legend={t('rooms.equipment')}
        all={EQUIPMENT}
        chosen={draft.equipment}
        label={(e) => t(`equipment.${e}`)}
        onChange={(equipment) => change({ equipment })}
      />
      <PhotosField
        legend={t('rooms.photos')}
        value={draft.photos}
        max={PHOTOS_MAX}
        onChange={(photos) => change({ photos })}
      />
      <fieldset className={problems.hours ? 'venues-hours field-invalid' : 'venues-hours'}>
        <legend className="field-label">{t('rooms.hours')}</legend>
        {WEEK.map((d) => {
          const h = draft.hours[d] ?? null;
          const day = weekdayName(d, i18n.language, 'long');
          return (
            <div key={d} className="venues-hours-day">
              <span className="venues-hours-name" aria-hidden="true">
                {day}
              </span>
              <Segmented
                label={day}
                options={[
                  { value: 'open', label: t('rooms.open') },
                  { value: 'shut', label: t('rooms.shut') },
                ]}
                value={h ? 'open' : 'shut'}
                onChange={(v) => setDay(d, v === 'open' ? { opens: '08:30', closes: '17:30' } : null)}
              />
              {h && (
                <>
                  <HalfHourSelect
                    context={day}
                    label={t('rooms.opens')}
                    value={h.opens}
                    last={HALF_HOURS.length - 2}
                    onChange={(opens) => setDay(d, { ...h, opens })}
                  />
                  <HalfHourSelect
                    context={day}
                    label={t('rooms.closes')}
                    value={h.closes}
                    first={1}
                    onChange={(closes) => setDay(d, { ...h, closes })}
                  />
                </>
              )}
            </div>
          );
        })}
        {problems.hours && <p className="field-error">{problem('hours')}</p>}
      </fieldset>
      <div className="form-row">
        {number('minMinutes', t('rooms.minMinutes'))}
        {number('maxMinutes', t('rooms.maxMinutes'))}
        {number('bufferMinutes', t('rooms.bufferMinutes'), t('rooms.bufferHint'))}
      </div>
      <div className="form-row">
        {number('maxDaysAhead', t('rooms.maxDaysAhead'))}
        {number('minNoticeHours', t('rooms.minNoticeHours'))}
      </div>
      <p className="field-label" aria-hidden="true">
        {t('rooms.approval')}
      </p>
      <Segmented
        label={t('rooms.approval')}
        options={[
          { value: 'yes', label: t('rooms.approvalYes') },
          { value: 'no', label: t('rooms.approvalNo') },
        ]}
        value={draft.needsApproval ? 'yes' : 'no'}
        onChange={(v) => change({ needsApproval: v === 'yes' })}
      />
      <Toggles
        legend={t('rooms.purposes')}
        hint={t('rooms.purposesHint')}
        all={PURPOSES}
        chosen={draft.purposes}
        label={(p) => t(`purposes.${p}`)}
        onChange={(purposes) => change({ purposes })}
      />
      {(Object.keys(problems).length > 0 || save.isError) && (
        <p className="form-error" role="alert">
          {save.isError ? errorText(save.error) : t('rooms.problems.some')}
        </p>
      )}
      <button type="submit" className="btn btn-primary btn-huge" disabled={save.isPending}>
        {t('rooms.save')}
      </button>
    </form>
  );
}
