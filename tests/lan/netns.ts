import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

/**
 * A LAN of two network namespaces joined by a veth pair: the hub at 10.213.<n>.1, a screen at
 * 10.213.<n>.2, each with its own loopback. Test traffic never leaves them. Needs root (or
 * CAP_NET_ADMIN and CAP_SYS_ADMIN) and iproute2.
 */
export interface Lan {
  hub: string;
  screen: string;
  hubAddress: string;
  screenAddress: string;
  /** The argv prefix that runs a command inside a namespace. */
  inside(ns: string): string[];
  remove(): void;
}

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });

/** Why namespaces cannot be made here, or null when they can (tried, then removed). */
export function whyNoNamespaces(): string | null {
  if (process.platform !== 'linux') return 'network namespaces are Linux only';
  if (process.getuid?.() !== 0) return 'making network namespaces needs root';
  const probe = `hy-probe-${randomBytes(3).toString('hex')}`;
  const made = spawnSync('ip', ['netns', 'add', probe], { encoding: 'utf8' });
  if (made.error) return `iproute2 is missing (${made.error.message})`;
  if (made.status !== 0) return `ip netns add failed: ${made.stderr.trim()}`;
  spawnSync('ip', ['netns', 'delete', probe]);
  return null;
}

export function makeLan(): Lan {
  const tag = randomBytes(3).toString('hex');
  const subnet = `10.213.${1 + (parseInt(tag, 16) % 250)}`;
  const lan: Lan = {
    hub: `hy-hub-${tag}`,
    screen: `hy-scr-${tag}`,
    hubAddress: `${subnet}.1`,
    screenAddress: `${subnet}.2`,
    inside: (ns) => ['ip', 'netns', 'exec', ns],
    remove: () => {
      // Deleting a namespace deletes its end of the veth pair, and so the pair.
      for (const ns of [lan.hub, lan.screen]) spawnSync('ip', ['netns', 'delete', ns]);
    },
  };
  try {
    ip('netns', 'add', lan.hub);
    ip('netns', 'add', lan.screen);
    ip('link', 'add', `hyh${tag}`, 'type', 'veth', 'peer', 'name', `hys${tag}`);
    ip('link', 'set', `hyh${tag}`, 'netns', lan.hub);
    ip('link', 'set', `hys${tag}`, 'netns', lan.screen);
    ip('-n', lan.hub, 'addr', 'add', `${lan.hubAddress}/24`, 'dev', `hyh${tag}`);
    ip('-n', lan.screen, 'addr', 'add', `${lan.screenAddress}/24`, 'dev', `hys${tag}`);
    for (const [ns, dev] of [
      [lan.hub, `hyh${tag}`],
      [lan.screen, `hys${tag}`],
    ] as const) {
      ip('-n', ns, 'link', 'set', 'lo', 'up');
      ip('-n', ns, 'link', 'set', dev, 'up');
    }
  } catch (err) {
    lan.remove();
    throw err;
  }
  return lan;
}
