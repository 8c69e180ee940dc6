import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { readingListSource, type SortOrder } from '../list/book-sources';
import { ListScreen } from '../list/ListScreen';
import { SortSwitch } from '../list/SortSwitch';
import { idParam } from '../library-paths';
import { NotFound } from '../NotFound';

const SORTS = ['list', 'pinyin', 'popular'] as const;

/** A reading list's books: in the librarian's order first, or by pinyin or popularity. */
export function ReadingListScreen() {
  const { t } = useTranslation('library');
  const id = idParam(useParams().listId);
  const [params, setParams] = useSearchParams();
  const chosen = params.get('sort');
  const sort: SortOrder | 'list' = chosen === 'pinyin' || chosen === 'popular' ? chosen : 'list';
  if (id === null) return <NotFound />;
  return (
    <ListScreen
      source={readingListSource(id, sort)}
      title={(first) => first?.list.name ?? t('readingLists.title')}
      lead={(first) => first?.list.description ?? null}
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
