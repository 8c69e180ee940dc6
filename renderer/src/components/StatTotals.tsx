import './stat-totals.css';

/** A period's totals, each a large number under its name: the first thing a statistics screen shows. */
export function StatTotals({ items }: { items: readonly { key: string; label: string; value: string }[] }) {
  return (
    <dl className="stat-totals">
      {items.map((i) => (
        <div key={i.key} className="stat-total">
          <dt>{i.label}</dt>
          <dd>{i.value}</dd>
        </div>
      ))}
    </dl>
  );
}
