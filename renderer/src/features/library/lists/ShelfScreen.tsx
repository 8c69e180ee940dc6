import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { shelfSource, type SortOrder } from '../list/book-sources';
import { ListScreen } from '../list/ListScreen';
import { SortSwitch } from '../list/SortSwitch';
import { idParam } from '../library-paths';
import { NotFound } from '../NotFound';

const SORTS = ['pinyin', 'popular'] as const;

/** A shelf's books, by pinyin or by how often they are borrowed. */
export function ShelfScreen() {
  const { t } = useTranslation('library');
  const id = idParam(useParams().shelfId);
  const [params, setParams] = useSearchParams();
  const sort: SortOrder = params.get('sort') === 'popular' ? 'popular' : 'pinyin';
  if (id === null) return <NotFound />;
  return (
    <ListScreen
      source={shelfSource(id, sort)}
      title={(first) => first?.shelf.name ?? t('shelves.title')}
      lead={(first) => first?.shelf.description ?? null}
      tools={
        <SortSwitch
          value={sort}
          options={SORTS}
          onChange={(s) => setParams({ sort: s }, { replace: true })}
        />
      }
    />
  );
}
