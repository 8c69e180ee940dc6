import type { Handlers } from '../../context';

/**
 * Links between areas: the owning area resolves its own kinds; a target whose area or kind is
 * unknown, or whose content is gone, answers `title: null` so a screen can say so.
 */
export const linksHandlers: Pick<Handlers, 'links.resolve'> = {
  'links.resolve': ({ targets }, ctx) =>
    targets.map((target) => {
      const resolved = ctx.app.registry.links.get(target.area)?.[target.kind]?.(ctx.db, target.id, ctx.now());
      if (!resolved) return { ...target, title: null };
      return resolved.state
        ? { ...target, title: resolved.title, state: resolved.state }
        : { ...target, title: resolved.title };
    }),
};
