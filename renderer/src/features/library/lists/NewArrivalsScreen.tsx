import { useTranslation } from 'react-i18next';
import { newArrivalsSource } from '../list/book-sources';
import { ListScreen } from '../list/ListScreen';

/** The books added most recently, newest first. */
export function NewArrivalsScreen() {
  const { t } = useTranslation('library');
  return (
    <ListScreen
      source={newArrivalsSource}
      title={() => t('newArrivals.title')}
      lead={() => t('newArrivals.lead')}
    />
  );
}
