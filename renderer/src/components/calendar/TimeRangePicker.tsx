import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  fromMinutes,
  inRange,
  isBusy,
  slotStarts,
  tapSlot,
  toMinutes,
  type SlotRules,
  type TimeRange,
} from './time-slots';
import './calendar.css';

/**
 * A start and an end time on one day, by touch: the day's slots (every `step` minutes from `from`
 * to `to`) as big buttons, a row per hour. Tap where it starts, then where it ends; taken slots
 * cannot be chosen or crossed. For venue booking's times; no keyboard, no native time input.
 */
export function TimeRangePicker(props: {
  label: string;
  value: TimeRange | null;
  onChange: (range: TimeRange | null) => void;
  from: string;
  to: string;
  step: 15 | 30 | 60;
  busy?: readonly TimeRange[];
  maxMinutes?: number;
}) {
  const { label, value, onChange, from, to, step, busy, maxMinutes } = props;
  const { t } = useTranslation();
  const labelId = useId();
  const statusId = useId();
  const [anchor, setAnchor] = useState<string | null>(null);
  const rules: SlotRules = { step, ...(busy ? { busy } : {}), ...(maxMinutes ? { maxMinutes } : {}) };
  const slots = slotStarts(from, to, step);
  const hours = [...new Set(slots.map((s) => s.slice(0, 2)))];
  const slotEnd = (slot: string) => fromMinutes(toMinutes(slot) + step);
  const tap = (slot: string) => {
    const next = tapSlot({ range: value, anchor }, slot, rules);
    setAnchor(next.anchor);
    onChange(next.range);
  };

  const duration = (minutes: number) => {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    if (h === 0) return t('calendar.time.minutes', { count: m });
    if (m === 0) return t('calendar.time.hours', { count: h });
    return t('calendar.time.hoursMinutes', { hours: h, minutes: m });
  };

  return (
    <div className="time-range" role="group" aria-labelledby={labelId} aria-describedby={statusId}>
      <p id={labelId} className="field-label">
        {label}
      </p>
      <p id={statusId} className="time-range-status" aria-live="polite">
        {value
          ? t('calendar.time.chosen', {
              start: value.start,
              end: value.end,
              duration: duration(toMinutes(value.end) - toMinutes(value.start)),
            })
          : t('calendar.time.hint')}
        {value && anchor !== null && ` ${t('calendar.time.extend')}`}
      </p>
      <div className="time-range-hours">
        {hours.map((hour) => (
          <div key={hour} className="time-range-hour" data-per-hour={60 / step}>
            {slots
              .filter((s) => s.startsWith(hour))
              .map((slot) => {
                const taken = isBusy(slot, rules);
                const name = t(taken ? 'calendar.time.taken' : 'calendar.time.slot', {
                  start: slot,
                  end: slotEnd(slot),
                });
                return (
                  <button
                    key={slot}
                    type="button"
                    className="time-slot"
                    aria-label={name}
                    aria-pressed={inRange(slot, value)}
                    data-anchor={slot === anchor ? '' : undefined}
                    disabled={taken}
                    onClick={() => tap(slot)}
                  >
                    {slot}
                  </button>
                );
              })}
          </div>
        ))}
      </div>
      {value && (
        <button
          type="button"
          className="btn btn-quiet btn-small"
          onClick={() => {
            setAnchor(null);
            onChange(null);
          }}
        >
          {t('calendar.time.clear')}
        </button>
      )}
    </div>
  );
}
