import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { useErrorText } from '../../../lib/error-text';
import { exhibitionsPaths, uidParam } from '../exhibitions-paths';
import { exhibitionQuery, exhibitionsListQuery } from '../exhibitions.queries';
import { NotFound } from '../NotFound';
import { findExhibit } from './find-exhibit';

/**
 * A link to an exhibit by its uid (from another area or another exhibit): finds the exhibition on
 * show that holds it, from the same cached answers the screens use, and goes there.
 */
export function ExhibitByUid() {
  const { t } = useTranslation('exhibitions');
  const errorText = useErrorText();
  const uid = uidParam(useParams().uid);
  const list = useQuery(exhibitionsListQuery);
  const exhibitions = useQueries({ queries: (list.data ?? []).map((card) => exhibitionQuery(card.id)) });
  if (uid === null) return <NotFound />;
  if (list.isError) return <p className="form-error">{errorText(list.error)}</p>;
  for (const answer of exhibitions) {
    if (answer.data && findExhibit(answer.data, uid))
      return <Navigate to={exhibitionsPaths.exhibit(answer.data.id, uid)} replace />;
  }
  if (list.data && exhibitions.every((answer) => !answer.isPending)) return <NotFound />;
  return <p className="exhibitions-status">{t('home.loading')}</p>;
}
