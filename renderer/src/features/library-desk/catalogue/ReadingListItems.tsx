import { useTranslation } from 'react-i18next';

export interface Item {
  id: number;
  title: string;
}

/** A list's titles in order, each with up, down and remove. */
export function ReadingListItems(props: { items: Item[]; onChange: (items: Item[]) => void }) {
  const { items, onChange } = props;
  const { t } = useTranslation('library-desk');
  const move = (i: number, by: number) => {
    const next = [...items];
    const [item] = next.splice(i, 1);
    if (item) next.splice(i + by, 0, item);
    onChange(next);
  };
  return (
    <ol className="library-list-items">
      {items.map((item, i) => (
        <li key={item.id}>
          <span className="library-list-item-title">{item.title}</span>
          <span className="row-actions">
            <button
              type="button"
              className="btn btn-quiet btn-small"
              disabled={i === 0}
              onClick={() => move(i, -1)}
            >
              {t('lists.up')}
              <span className="visually-hidden"> {item.title}</span>
            </button>
            <button
              type="button"
              className="btn btn-quiet btn-small"
              disabled={i === items.length - 1}
              onClick={() => move(i, 1)}
            >
              {t('lists.down')}
              <span className="visually-hidden"> {item.title}</span>
            </button>
            <button
              type="button"
              className="btn btn-quiet btn-small"
              onClick={() => onChange(items.filter((x) => x.id !== item.id))}
            >
              {t('lists.remove')}
              <span className="visually-hidden"> {item.title}</span>
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}
