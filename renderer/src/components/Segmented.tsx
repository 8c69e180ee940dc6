import './segmented.css';

/** A row of toggle buttons choosing one of a few modes (the desk's lend / return / renew). */
export function Segmented<T extends string>(props: {
  label: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  large?: boolean;
}) {
  const { label, options, value, onChange, large } = props;
  return (
    <div className={large ? 'segmented segmented-large' : 'segmented'} role="group" aria-label={label}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          className="btn segmented-option"
          aria-pressed={o.value === value}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
