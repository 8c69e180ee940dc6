import { HALF_HOURS } from './room-form';

/** A time of day on the half hour, `from`…`to` (indexes into the day's half hours), as a labelled select. */
export function HalfHourSelect(props: {
  label: string;
  /** Said before the label to a screen reader only (the weekday of a line of hours). */
  context?: string;
  value: string;
  onChange: (value: string) => void;
  first?: number;
  last?: number;
  className?: string;
}) {
  const { label, context, value, onChange, first = 0, last = HALF_HOURS.length - 1, className } = props;
  return (
    <label className={className}>
      <span className="field-label">
        {context && <span className="visually-hidden">{context} </span>}
        {label}
      </span>
      <select className="field-input" value={value} onChange={(e) => onChange(e.target.value)}>
        {HALF_HOURS.slice(first, last + 1).map((x) => (
          <option key={x}>{x}</option>
        ))}
      </select>
    </label>
  );
}
