import type { Random } from '../../../platform/demo/seeded-random';

/** The pictures' size: about the proportions of a print, large enough for a kiosk's full screen. */
export const W = 1600;
export const H = 1000;

/** The installed Noto CJK (fontconfig finds it by family); a generic family as the fallback. */
export const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif";

/** A picture's colours: the look of its time (an old print, a faded one, today's colour, the red panels). */
export interface Palette {
  skyTop: string;
  skyBottom: string;
  ground: string;
  field: string;
  water: string;
  wall: string;
  roof: string;
  window: string;
  tree: string;
  ink: string;
  accent: string;
}

export const PALETTES = {
  sepia: {
    skyTop: '#d9c7a0',
    skyBottom: '#efe3c6',
    ground: '#b89c6c',
    field: '#a8925e',
    water: '#9fa69a',
    wall: '#d8c7a4',
    roof: '#7d6548',
    window: '#8c7658',
    tree: '#6f6a45',
    ink: '#4a3a28',
    accent: '#a0523a',
  },
  faded: {
    skyTop: '#b9d3de',
    skyBottom: '#efe9dc',
    ground: '#a7b38a',
    field: '#c3b97f',
    water: '#7fa6b5',
    wall: '#e4ded0',
    roof: '#8a7f74',
    window: '#6f8894',
    tree: '#5f7d4f',
    ink: '#3b4148',
    accent: '#b5483a',
  },
  colour: {
    skyTop: '#6fb1e3',
    skyBottom: '#dcedf8',
    ground: '#7db36a',
    field: '#a9cf6f',
    water: '#3f86bf',
    wall: '#eef1f4',
    roof: '#5c6b7a',
    window: '#5d9bc9',
    tree: '#3f8a4c',
    ink: '#25303b',
    accent: '#d03a2f',
  },
  dusk: {
    skyTop: '#3d4f7d',
    skyBottom: '#f3a96b',
    ground: '#4d5e4a',
    field: '#6c7450',
    water: '#54698f',
    wall: '#d9cbb8',
    roof: '#4a4456',
    window: '#f6d58b',
    tree: '#2f4a3a',
    ink: '#1f2430',
    accent: '#e0503c',
  },
  red: {
    skyTop: '#8e1014',
    skyBottom: '#c62828',
    ground: '#7a0c10',
    field: '#a31b1f',
    water: '#b8474a',
    wall: '#f3d9a4',
    roof: '#f6c453',
    window: '#7a0c10',
    tree: '#f6c453',
    ink: '#fff3d6',
    accent: '#f6c453',
  },
} satisfies Record<string, Palette>;
export type PaletteName = keyof typeof PALETTES;

/** Text escaped for an SVG text node or attribute. */
export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const r1 = (n: number) => Math.round(n * 10) / 10;

export function sky(p: Palette): string {
  return (
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">` +
    `<stop offset="0" stop-color="${p.skyTop}"/><stop offset="1" stop-color="${p.skyBottom}"/>` +
    `</linearGradient></defs><rect width="${W}" height="${H}" fill="url(#sky)"/>`
  );
}

export function ground(p: Palette, y: number): string {
  return `<rect x="0" y="${y}" width="${W}" height="${H - y}" fill="${p.ground}"/>`;
}

/** Furrowed fields in perspective, converging on a point on the horizon. */
export function fields(p: Palette, rnd: Random, y: number): string {
  const vx = rnd.int(500, 1100);
  let out = `<rect x="0" y="${y}" width="${W}" height="${H - y}" fill="${p.field}"/>`;
  for (let x = -1600; x <= 3200; x += rnd.int(90, 140)) {
    out += `<line x1="${vx}" y1="${y}" x2="${x}" y2="${H}" stroke="${p.ground}" stroke-width="3" opacity="0.6"/>`;
  }
  return out;
}

/** A lake as a wide ellipse with ripples. */
export function lake(p: Palette, rnd: Random, cx: number, cy: number, rx: number, ry: number): string {
  let out = `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="${p.water}"/>`;
  for (let i = 0; i < 9; i++) {
    const y = cy - ry * 0.6 + (i * ry * 1.2) / 9;
    const half = rx * (0.2 + rnd.next() * 0.4);
    const x = cx - rx * 0.5 + rnd.next() * rx;
    out += `<line x1="${r1(x - half / 2)}" y1="${r1(y)}" x2="${r1(x + half / 2)}" y2="${r1(y)}" stroke="#ffffff" stroke-width="2" opacity="0.35"/>`;
  }
  return out;
}

export function tree(p: Palette, x: number, base: number, size: number): string {
  const trunk = `<rect x="${r1(x - size * 0.07)}" y="${r1(base - size * 0.6)}" width="${r1(size * 0.14)}" height="${r1(size * 0.6)}" fill="${p.ink}" opacity="0.7"/>`;
  return (
    trunk +
    `<circle cx="${x}" cy="${r1(base - size * 0.85)}" r="${r1(size * 0.42)}" fill="${p.tree}"/>` +
    `<circle cx="${r1(x - size * 0.25)}" cy="${r1(base - size * 0.65)}" r="${r1(size * 0.3)}" fill="${p.tree}"/>` +
    `<circle cx="${r1(x + size * 0.25)}" cy="${r1(base - size * 0.65)}" r="${r1(size * 0.3)}" fill="${p.tree}"/>`
  );
}

export function trees(p: Palette, rnd: Random, from: number, to: number, base: number, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) {
    const x = from + ((to - from) * (i + 0.5)) / n + rnd.int(-20, 20);
    out += tree(p, x, base + rnd.int(-6, 6), rnd.int(70, 120));
  }
  return out;
}

/** A block with a grid of windows; `lit` lights some of them (an evening view). */
export function building(
  p: Palette,
  rnd: Random,
  x: number,
  base: number,
  w: number,
  h: number,
  lit = false,
): string {
  let out = `<rect x="${x}" y="${base - h}" width="${w}" height="${h}" fill="${p.wall}" stroke="${p.ink}" stroke-width="2" stroke-opacity="0.4"/>`;
  const cols = Math.max(2, Math.floor(w / 44));
  const rows = Math.max(2, Math.floor(h / 52));
  const cw = w / cols;
  const rh = h / rows;
  for (let r = 0; r < rows - 0.5; r++) {
    for (let c = 0; c < cols; c++) {
      const on = lit && rnd.next() < 0.45;
      out += `<rect x="${r1(x + c * cw + cw * 0.22)}" y="${r1(base - h + r * rh + rh * 0.25)}" width="${r1(cw * 0.56)}" height="${r1(rh * 0.45)}" fill="${on ? '#ffd77a' : p.window}"/>`;
    }
  }
  return out;
}

/** A glass office tower: bands of blue with a crown. */
export function tower(p: Palette, x: number, base: number, w: number, h: number): string {
  let out = `<rect x="${x}" y="${base - h}" width="${w}" height="${h}" fill="${p.window}" stroke="${p.ink}" stroke-width="2" stroke-opacity="0.4"/>`;
  for (let y = base - h + 24; y < base; y += 28) {
    out += `<line x1="${x}" y1="${y}" x2="${x + w}" y2="${y}" stroke="#ffffff" stroke-width="3" opacity="0.45"/>`;
  }
  out += `<rect x="${r1(x + w * 0.3)}" y="${base - h - 26}" width="${r1(w * 0.4)}" height="26" fill="${p.roof}"/>`;
  return out;
}

/** A factory hall with a sawtooth roof and a chimney. */
export function factory(p: Palette, rnd: Random, x: number, base: number, w: number, h: number): string {
  const teeth = Math.max(3, Math.floor(w / 90));
  const tw = w / teeth;
  let roof = `M${x},${base - h}`;
  for (let i = 0; i < teeth; i++) {
    roof += ` L${r1(x + i * tw)},${r1(base - h - 50)} L${r1(x + (i + 1) * tw)},${base - h}`;
  }
  const cx = x + w * (0.15 + rnd.next() * 0.7);
  let out =
    `<rect x="${r1(cx)}" y="${base - h - 200}" width="34" height="200" fill="${p.roof}"/>` +
    `<rect x="${x}" y="${base - h}" width="${w}" height="${h}" fill="${p.wall}" stroke="${p.ink}" stroke-width="2" stroke-opacity="0.4"/>` +
    `<path d="${roof} Z" fill="${p.roof}"/>`;
  for (let i = 0; i < teeth; i++) {
    out += `<rect x="${r1(x + i * tw + tw * 0.2)}" y="${r1(base - h * 0.7)}" width="${r1(tw * 0.6)}" height="${r1(h * 0.3)}" fill="${p.window}"/>`;
  }
  return out;
}

/** A tower crane: mast, jib and a hanging hook. */
export function crane(p: Palette, x: number, base: number, h: number, jib: number): string {
  const top = base - h;
  return (
    `<g stroke="${p.accent}" stroke-width="6" fill="none">` +
    `<line x1="${x}" y1="${base}" x2="${x}" y2="${top}"/><line x1="${x + 18}" y1="${base}" x2="${x + 18}" y2="${top}"/>` +
    `<line x1="${x - jib * 0.3}" y1="${top}" x2="${x + jib}" y2="${top}"/>` +
    `<line x1="${x + 9}" y1="${top - 40}" x2="${x + jib}" y2="${top}"/><line x1="${x + 9}" y1="${top - 40}" x2="${x - jib * 0.3}" y2="${top}"/>` +
    `</g><line x1="${r1(x + jib * 0.7)}" y1="${top}" x2="${r1(x + jib * 0.7)}" y2="${top + h * 0.35}" stroke="${p.ink}" stroke-width="2"/>` +
    `<rect x="${r1(x + jib * 0.7 - 25)}" y="${r1(top + h * 0.35)}" width="50" height="24" fill="${p.roof}"/>`
  );
}

/** A standing person, a silhouette only. */
export function person(p: Palette, x: number, base: number, size: number, colour = p.ink): string {
  return (
    `<circle cx="${x}" cy="${r1(base - size * 0.88)}" r="${r1(size * 0.12)}" fill="${colour}"/>` +
    `<path d="M${r1(x - size * 0.2)},${base} L${r1(x - size * 0.18)},${r1(base - size * 0.62)} Q${x},${r1(base - size * 0.8)} ${r1(x + size * 0.18)},${r1(base - size * 0.62)} L${r1(x + size * 0.2)},${base} Z" fill="${colour}"/>`
  );
}

export function crowd(p: Palette, rnd: Random, from: number, to: number, base: number, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) {
    const x = from + ((to - from) * (i + 0.5)) / n + rnd.int(-12, 12);
    out += person(p, r1(x), base + rnd.int(-4, 8), rnd.int(150, 190));
  }
  return out;
}

/** A flag on a pole, its cloth waving. */
export function flag(x: number, base: number, h: number, colour = '#d32f2f'): string {
  const top = base - h;
  return (
    `<line x1="${x}" y1="${base}" x2="${x}" y2="${top}" stroke="#5b4a3a" stroke-width="6"/>` +
    `<path d="M${x},${top + 4} C${x + 60},${top - 14} ${x + 110},${top + 30} ${x + 170},${top + 8} L${x + 170},${top + 104} C${x + 110},${top + 126} ${x + 60},${top + 82} ${x},${top + 100} Z" fill="${colour}"/>`
  );
}

/** A text line centred on x. */
export function text(x: number, y: number, size: number, fill: string, s: string, weight = 700): string {
  return `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="middle">${esc(s)}</text>`;
}

/** The mark every picture carries: this is a drawing, not a photograph. */
export function illustrationTag(): string {
  return (
    `<rect x="${W - 236}" y="24" width="212" height="64" rx="10" fill="#000000" opacity="0.55"/>` +
    `<text x="${W - 130}" y="68" font-family="${FONT}" font-size="34" font-weight="700" fill="#ffffff" text-anchor="middle">示意插画</text>`
  );
}

/** A band along the bottom naming the scene ("1992 · 奠基"). */
export function labelBand(label: string): string {
  return (
    `<rect x="0" y="${H - 96}" width="${W}" height="96" fill="#000000" opacity="0.45"/>` +
    `<text x="48" y="${H - 34}" font-family="${FONT}" font-size="44" font-weight="500" fill="#ffffff">${esc(label)}</text>`
  );
}

/** A paper grain over old-looking pictures: a few translucent specks, seeded. */
export function grain(rnd: Random, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) {
    out += `<circle cx="${rnd.int(0, W)}" cy="${rnd.int(0, H)}" r="${rnd.int(1, 3)}" fill="#3a2a1a" opacity="0.18"/>`;
  }
  return out;
}

export function svg(body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`;
}
