import type { Handlers } from '../../context';
import { inputMethodFor } from './ime.service';

export const imeHandlers: Pick<Handlers, 'ime.candidates'> = {
  async 'ime.candidates'({ input, offset, limit, script }, ctx) {
    const ime = await inputMethodFor(ctx.db, ctx.app.features, ctx.app.log);
    return ime.candidates(input, offset, limit, script);
  },
};
