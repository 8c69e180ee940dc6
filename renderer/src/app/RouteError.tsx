import { useEffect } from 'react';
import { isRouteErrorResponse, useLocation, useRouteError } from 'react-router';
import { ErrorScreen } from './ErrorScreen';
import { reportError } from './report-error';

/** The `errorElement` of every route. */
export function RouteError({ standalone }: { standalone?: boolean }) {
  const error = useRouteError();
  const { pathname } = useLocation();
  useEffect(() => reportError(error, pathname), [error, pathname]);
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return <ErrorScreen notFound={notFound} standalone={standalone} />;
}
