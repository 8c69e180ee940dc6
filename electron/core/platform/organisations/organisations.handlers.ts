import type { Handlers } from '../../context';
import { matchOrganisations } from './organisation-match';

/**
 * The park's companies and party branches as the areas know them (the reading room's borrowers,
 * the rooms' past bookings): a form offers them as one types, so nobody retypes a name.
 */
export const organisationsHandlers: Pick<Handlers, 'organisations.suggest'> = {
  'organisations.suggest': ({ q }, ctx) =>
    matchOrganisations(
      ctx.app.registry.organisations.flatMap((list) => list(ctx.db)),
      q,
    ),
};
