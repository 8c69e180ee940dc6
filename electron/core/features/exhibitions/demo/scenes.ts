import { seededRandom, type Random } from '../../../platform/demo/seeded-random';
import {
  H,
  PALETTES,
  W,
  building,
  crane,
  crowd,
  factory,
  fields,
  flag,
  grain,
  ground,
  illustrationTag,
  labelBand,
  lake,
  person,
  sky,
  svg,
  text,
  tower,
  tree,
  trees,
  type Palette,
  type PaletteName,
} from './svg-parts';

/** What a scene shows; each kind is a small composition varied by the seed. */
export const SCENE_KINDS = [
  'farmland',
  'groundbreaking',
  'construction',
  'factory',
  'workshop',
  'gate',
  'avenue',
  'campus',
  'lab',
  'library',
  'canteen',
  'serviceCentre',
  'meeting',
  'lakeside',
  'solar',
  'document',
  'portrait',
  'redBoat',
  'gateTower',
  'hall',
  'skyline',
] as const;
export type SceneKind = (typeof SCENE_KINDS)[number];

/** One picture to draw: its kind, its look, a seed, the label at its foot and a sign's text. */
export interface SceneSpec {
  kind: SceneKind;
  palette: PaletteName;
  seed: number;
  label: string;
  /** Text on a sign, gate or document in the picture (the park's name by default). */
  sign?: string;
}

const PARK = '星湖科技园';

type Draw = (p: Palette, rnd: Random, spec: SceneSpec) => string;

const HORIZON = 620;

const scenes: Record<SceneKind, Draw> = {
  farmland: (p, rnd) =>
    ground(p, HORIZON) +
    fields(p, rnd, HORIZON + 80) +
    lake(p, rnd, rnd.int(900, 1200), HORIZON + 40, 420, 60) +
    building(p, rnd, rnd.int(120, 300), HORIZON + 10, 160, 110) +
    `<path d="M${110},${HORIZON - 100} l90,-60 l90,60 Z" fill="${p.roof}"/>` +
    trees(p, rnd, 0, 700, HORIZON + 20, 5),
  groundbreaking: (p, rnd, s) =>
    ground(p, HORIZON) +
    `<rect x="300" y="250" width="1000" height="90" fill="${p.accent}"/>` +
    text(800, 312, 52, '#fff6dc', s.sign ?? `${PARK}奠基仪式`) +
    flag(220, HORIZON, 380) +
    flag(1360, HORIZON, 380) +
    `<path d="M700,${HORIZON + 60} l200,0 l-40,60 l-120,0 Z" fill="${p.roof}"/>` +
    crowd(p, rnd, 120, 1480, HORIZON + 260, 16),
  construction: (p, rnd) =>
    ground(p, HORIZON) +
    building(p, rnd, 260, HORIZON + 40, 360, 220) +
    `<g stroke="${p.roof}" stroke-width="8">${[0, 1, 2, 3, 4]
      .map(
        (i) => `<line x1="${760 + i * 90}" y1="${HORIZON + 40}" x2="${760 + i * 90}" y2="${HORIZON - 300}"/>`,
      )
      .join('')}${[0, 1, 2, 3]
      .map((i) => `<line x1="760" y1="${HORIZON - 20 - i * 90}" x2="1120" y2="${HORIZON - 20 - i * 90}"/>`)
      .join('')}</g>` +
    crane(p, rnd.int(600, 700), HORIZON + 40, 480, 520) +
    crane(p, rnd.int(1250, 1350), HORIZON + 40, 400, 260) +
    crowd(p, rnd, 300, 900, HORIZON + 300, 5),
  factory: (p, rnd, s) =>
    ground(p, HORIZON) +
    factory(p, rnd, 120, HORIZON + 60, rnd.int(560, 700), 220) +
    factory(p, rnd, 880, HORIZON + 60, rnd.int(520, 620), 180) +
    `<rect x="200" y="${HORIZON - 130}" width="400" height="60" fill="${p.accent}"/>` +
    text(400, HORIZON - 84, 40, '#ffffff', s.sign ?? PARK) +
    trees(p, rnd, 0, W, HORIZON + 240, 8),
  workshop: (p, rnd) => {
    let out = `<rect width="${W}" height="${H}" fill="${p.wall}"/><rect y="700" width="${W}" height="300" fill="${p.ground}"/>`;
    for (let i = 0; i < 5; i++)
      out += `<rect x="${80 + i * 310}" y="80" width="220" height="260" fill="${p.skyBottom}" stroke="${p.roof}" stroke-width="8"/>`;
    for (let i = 0; i < 4; i++) {
      const x = 140 + i * 370;
      out += `<rect x="${x}" y="520" width="260" height="180" fill="${p.roof}"/><rect x="${x + 30}" y="460" width="90" height="60" fill="${p.window}"/><circle cx="${x + 190}" cy="600" r="40" fill="${p.window}"/>`;
      out += person(p, x + 300, 760 + rnd.int(0, 30), 240);
    }
    return out + `<rect x="0" y="760" width="${W}" height="26" fill="${p.accent}" opacity="0.7"/>`;
  },
  gate: (p, rnd, s) =>
    ground(p, HORIZON) +
    building(p, rnd, 80, HORIZON, 300, 260) +
    building(p, rnd, 1220, HORIZON, 300, 300) +
    `<rect x="430" y="${HORIZON - 330}" width="90" height="380" fill="${p.roof}"/><rect x="1080" y="${HORIZON - 330}" width="90" height="380" fill="${p.roof}"/>` +
    `<rect x="390" y="${HORIZON - 420}" width="820" height="110" fill="${p.accent}"/>` +
    text(800, HORIZON - 340, 72, '#fff6dc', s.sign ?? PARK) +
    `<rect x="0" y="${HORIZON + 50}" width="${W}" height="${H}" fill="${p.roof}" opacity="0.5"/>` +
    trees(p, rnd, 0, 380, HORIZON + 80, 3),
  avenue: (p, rnd) => {
    let out =
      ground(p, HORIZON) +
      `<path d="M760,${HORIZON} L840,${HORIZON} L1400,${H} L200,${H} Z" fill="${p.roof}"/>`;
    for (let i = 0; i < 6; i++) {
      const t = i / 5;
      const size = 60 + t * 160;
      out +=
        tree(p, 700 - t * 560, HORIZON + 20 + t * 330, size) +
        tree(p, 900 + t * 560, HORIZON + 20 + t * 330, size);
    }
    return out + building(p, rnd, 300, HORIZON, 220, 180) + factory(p, rnd, 1040, HORIZON, 300, 120);
  },
  campus: (p, rnd) =>
    ground(p, HORIZON) +
    tower(p, 220, HORIZON, 220, rnd.int(360, 460)) +
    tower(p, 520, HORIZON, 260, rnd.int(300, 400)) +
    building(p, rnd, 860, HORIZON, 320, 220) +
    tower(p, 1240, HORIZON, 200, rnd.int(420, 500)) +
    lake(p, rnd, 800, HORIZON + 230, 620, 90) +
    trees(p, rnd, 0, W, HORIZON + 60, 10),
  lab: (p, rnd) => {
    let out = `<rect width="${W}" height="${H}" fill="${p.wall}"/><rect y="680" width="${W}" height="320" fill="${p.roof}" opacity="0.35"/>`;
    out += `<rect x="60" y="80" width="1480" height="300" fill="${p.skyBottom}" stroke="${p.roof}" stroke-width="6"/>`;
    for (let i = 0; i < 3; i++) {
      const x = 120 + i * 480;
      out += `<rect x="${x}" y="600" width="400" height="40" fill="${p.roof}"/><rect x="${x + 40}" y="460" width="180" height="130" rx="8" fill="${p.ink}"/>`;
      out += `<rect x="${x + 52}" y="472" width="156" height="106" fill="${p.window}"/><path d="M${x + 60},560 l40,-40 l30,20 l50,-50" stroke="#ffffff" stroke-width="5" fill="none"/>`;
      out += person(p, x + 310, 700 + rnd.int(0, 20), 260, p.window);
    }
    return out;
  },
  library: (p, rnd) => {
    const spines = [p.accent, p.roof, p.window, p.tree, p.field];
    let out = `<rect width="${W}" height="${H}" fill="${p.wall}"/><rect y="720" width="${W}" height="280" fill="${p.roof}" opacity="0.3"/>`;
    for (let c = 0; c < 4; c++) {
      const x = 60 + c * 385;
      out += `<rect x="${x}" y="70" width="330" height="560" fill="${p.roof}"/>`;
      for (let shelf = 0; shelf < 5; shelf++) {
        const y = 90 + shelf * 108;
        let bx = x + 16;
        while (bx < x + 300) {
          const bw = rnd.int(14, 26);
          out += `<rect x="${bx}" y="${y + rnd.int(0, 18)}" width="${bw}" height="${rnd.int(70, 88)}" fill="${rnd.pick(spines)}"/>`;
          bx += bw + 3;
        }
      }
    }
    for (let t = 0; t < 2; t++) {
      const x = 200 + t * 700;
      out += person(p, x + 60, 800, 200) + person(p, x + 440, 800, 190);
      out += `<rect x="${x}" y="760" width="500" height="34" fill="${p.ink}" opacity="0.8"/><rect x="${x + 200}" y="742" width="70" height="18" fill="#ffffff"/>`;
    }
    return out;
  },
  canteen: (p, rnd) => {
    let out = `<rect width="${W}" height="${H}" fill="${p.wall}"/><rect y="640" width="${W}" height="360" fill="${p.ground}" opacity="0.6"/>`;
    out += `<rect x="80" y="300" width="1440" height="140" fill="${p.roof}"/><rect x="80" y="280" width="1440" height="24" fill="${p.accent}"/>`;
    for (let i = 0; i < 8; i++)
      out += `<rect x="${120 + i * 176}" y="330" width="130" height="50" rx="10" fill="${p.window}"/>`;
    out += crowd(p, rnd, 160, 1440, 640, 9);
    for (let t = 0; t < 3; t++) {
      const x = 120 + t * 480;
      out += person(p, x + 40, 930, 170) + person(p, x + 320, 930, 170);
      out += `<rect x="${x}" y="860" width="360" height="30" fill="${p.ink}" opacity="0.85"/>`;
    }
    return out;
  },
  serviceCentre: (p, rnd, s) =>
    ground(p, HORIZON) +
    building(p, rnd, 360, HORIZON + 20, 880, 300) +
    `<rect x="440" y="${HORIZON - 350}" width="720" height="80" fill="${p.accent}"/>` +
    text(800, HORIZON - 293, 52, '#fff6dc', s.sign ?? `${PARK}党群服务中心`) +
    flag(1300, HORIZON + 20, 420) +
    trees(p, rnd, 0, 340, HORIZON + 60, 3) +
    crowd(p, rnd, 460, 1140, HORIZON + 240, 7),
  meeting: (p, rnd, s) => {
    const sign = s.sign ?? `${PARK}职工大会`;
    let out = `<rect width="${W}" height="${H}" fill="${p.wall}"/><rect x="160" y="70" width="1280" height="110" fill="${p.accent}"/>`;
    out += text(800, 144, Math.min(56, Math.floor(1160 / sign.length)), '#fff6dc', sign);
    // The rostrum: a row of speakers behind a long table, then the hall's rows, smaller towards the back.
    out +=
      crowd(p, rnd, 360, 1240, 400, 6) + `<rect x="300" y="360" width="1000" height="70" fill="${p.roof}"/>`;
    for (let row = 0; row < 3; row++) {
      const n = 9 + row * 2;
      out += `<g opacity="${0.55 + row * 0.225}">`;
      for (let i = 0; i < n; i++) {
        const x = 60 + (1480 * (i + 0.5)) / n + rnd.int(-10, 10);
        out += person(p, Math.round(x), 700 + row * 130, 130 + row * 40);
      }
      out += '</g>';
    }
    return out;
  },
  lakeside: (p, rnd) =>
    ground(p, HORIZON - 40) +
    tower(p, 1000, HORIZON - 40, 160, 300) +
    tower(p, 1200, HORIZON - 40, 200, 360) +
    building(p, rnd, 700, HORIZON - 40, 260, 160) +
    lake(p, rnd, 800, HORIZON + 200, 900, 220) +
    `<path d="M0,${H - 60} Q600,${H - 200} 1600,${H - 110}" stroke="${p.wall}" stroke-width="26" fill="none"/>` +
    trees(p, rnd, 0, 640, HORIZON - 20, 5) +
    person(p, 420, H - 130, 120) +
    person(p, 470, H - 136, 110),
  solar: (p, rnd) => {
    let out = ground(p, HORIZON) + factory(p, rnd, 120, HORIZON + 40, 640, 160);
    for (let i = 0; i < 7; i++) {
      out += `<path d="M${150 + i * 88},${HORIZON - 150} l80,0 l-20,40 l-80,0 Z" fill="#27486b" stroke="#bcd3e6" stroke-width="2"/>`;
    }
    for (let i = 0; i < 3; i++) {
      const x = 980 + i * 200;
      const top = HORIZON - 360 + i * 30;
      out += `<line x1="${x}" y1="${HORIZON + 40}" x2="${x}" y2="${top}" stroke="#f4f4f4" stroke-width="10"/>`;
      const turn = rnd.int(0, 119);
      for (const b of [0, 120, 240]) {
        out += `<line x1="${x}" y1="${top}" x2="${x + 130}" y2="${top}" stroke="#f4f4f4" stroke-width="12" stroke-linecap="round" transform="rotate(${turn + b} ${x} ${top})"/>`;
      }
    }
    return out + trees(p, rnd, 0, W, HORIZON + 230, 9);
  },
  document: (p, rnd, s) => {
    let out = `<rect width="${W}" height="${H}" fill="${p.roof}"/>`;
    out += `<g transform="rotate(${rnd.int(-4, 4)} 800 500)"><rect x="430" y="60" width="740" height="880" fill="#f5ecd6"/>`;
    out += text(800, 190, 46, '#2a2018', s.sign ?? `${PARK}文件`);
    for (let i = 0; i < 11; i++) {
      const w = i === 10 ? 300 : rnd.int(480, 600);
      out += `<rect x="500" y="${260 + i * 50}" width="${w}" height="14" fill="#8a7a64" opacity="0.6"/>`;
    }
    out += `<circle cx="1010" cy="830" r="80" fill="none" stroke="#c0392b" stroke-width="8" opacity="0.8"/></g>`;
    return out;
  },
  portrait: (p, _rnd, s) =>
    `<rect width="${W}" height="${H}" fill="${p.wall}"/>` +
    `<circle cx="620" cy="360" r="150" fill="${p.ink}"/>` +
    `<path d="M340,${H} Q360,600 620,560 Q880,600 900,${H} Z" fill="${p.ink}"/>` +
    `<rect x="980" y="380" width="520" height="220" rx="16" fill="#ffffff" stroke="${p.accent}" stroke-width="6"/>` +
    text(1240, 470, 64, p.ink, s.sign ?? '') +
    text(1240, 550, 34, p.ink, '虚构人物 · 演示内容', 400),
  redBoat: (p, rnd) =>
    `<rect y="560" width="${W}" height="440" fill="#c9d6d1"/>` +
    lake(PALETTES.faded, rnd, 800, 760, 860, 200) +
    `<path d="M420,700 L1180,700 L1100,790 L500,790 Z" fill="#8e1014"/>` +
    `<rect x="560" y="600" width="480" height="100" fill="#5b3a29"/><path d="M540,600 Q800,540 1060,600 Z" fill="#3c2a20"/>` +
    trees(PALETTES.faded, rnd, 1250, 1600, 600, 3) +
    flag(1160, 640, 260, p.skyBottom),
  gateTower: (p, rnd) =>
    `<rect y="700" width="${W}" height="300" fill="${p.ground}"/>` +
    `<rect x="260" y="480" width="1080" height="220" fill="#a51d22" stroke="${p.accent}" stroke-width="4"/>` +
    `<path d="M200,480 L800,380 L1400,480 Z" fill="${p.accent}"/><rect x="420" y="300" width="760" height="110" fill="#a51d22"/>` +
    `<path d="M360,310 L800,220 L1240,310 Z" fill="${p.accent}"/>` +
    [0, 1, 2, 3, 4]
      .map((i) => `<path d="M${470 + i * 165},700 l0,-90 a45,45 0 0 1 90,0 l0,90 Z" fill="#5a0a0d"/>`)
      .join('') +
    flag(140, 760, 420) +
    flag(1360, 760, 420) +
    crowd(p, rnd, 40, 1560, 990, 18),
  hall: (p, rnd) =>
    `<circle cx="800" cy="560" r="300" fill="${p.accent}" opacity="0.9"/>` +
    [0, 1, 2, 3, 4, 5, 6, 7, 8]
      .map(
        (i) =>
          `<line x1="800" y1="560" x2="${800 + Math.cos((Math.PI * (i + 0.5)) / 9) * -760}" y2="${560 - Math.sin((Math.PI * (i + 0.5)) / 9) * 560}" stroke="${p.accent}" stroke-width="10" opacity="0.5"/>`,
      )
      .join('') +
    `<rect y="600" width="${W}" height="400" fill="${p.ground}"/>` +
    `<rect x="330" y="420" width="940" height="180" fill="${p.wall}"/>` +
    [0, 1, 2, 3, 4, 5, 6, 7]
      .map((i) => `<rect x="${370 + i * 112}" y="440" width="50" height="160" fill="${p.roof}"/>`)
      .join('') +
    `<path d="M300,420 L800,330 L1300,420 Z" fill="${p.wall}"/>` +
    crowd(p, rnd, 200, 1400, 960, 10),
  skyline: (p, rnd) => {
    let out = `<rect y="700" width="${W}" height="300" fill="${p.ground}"/>`;
    let x = 40;
    while (x < W - 80) {
      const w = rnd.int(90, 170);
      out += tower(p, x, 700, w, rnd.int(200, 520));
      x += w + rnd.int(10, 40);
    }
    return (
      out +
      `<path d="M0,840 Q800,760 1600,840" stroke="${p.accent}" stroke-width="14" fill="none"/>` +
      flag(800, 980, 220)
    );
  },
};

/**
 * A scene as SVG text: the same spec always gives the same picture. A video's stills leave out the
 * label band and the 示意插画 tag: the video lays its own tag over every frame, where no zoom crops it.
 */
export function sceneSvg(
  spec: SceneSpec,
  marks: { label: boolean; tag: boolean } = { label: true, tag: true },
): string {
  const p = PALETTES[spec.palette];
  const rnd = seededRandom(spec.seed);
  const body = scenes[spec.kind](p, rnd, spec);
  const old = spec.palette === 'sepia' ? grain(rnd, 260) : '';
  return svg(
    sky(p) + body + old + (marks.label ? labelBand(spec.label) : '') + (marks.tag ? illustrationTag() : ''),
  );
}

export { H as SCENE_HEIGHT, W as SCENE_WIDTH };
