import { useTranslation } from 'react-i18next';
import { popularSource } from '../list/book-sources';
import { ListScreen } from '../list/ListScreen';

/** The books borrowed most often. */
export function PopularScreen() {
  const { t } = useTranslation('library');
  return (
    <ListScreen source={popularSource} title={() => t('popular.title')} lead={() => t('popular.lead')} />
  );
}
