import type { ClcClass } from '../../../../../electron/shared/library.api';

/** The colour family of a 中图法 class: politics and theory red, literature green, history brown … */
const FAMILY: Record<ClcClass, string> = {
  A: 'red',
  B: 'purple',
  C: 'red',
  D: 'red',
  E: 'olive',
  F: 'navy',
  G: 'teal',
  H: 'indigo',
  I: 'green',
  J: 'plum',
  K: 'brown',
  N: 'steel',
  O: 'steel',
  P: 'steel',
  Q: 'teal',
  R: 'teal',
  S: 'olive',
  T: 'steel',
  U: 'navy',
  V: 'navy',
  X: 'olive',
  Z: 'grey',
};

const ORNAMENTS = 4;
/** Titles up to this length stand on a vertical title slip (题签), as on a traditional cover. */
const SLIP_MAX = 10;
const HAN = /^[\p{Script=Han}·，、：（）《》\d]+$/u;

/** FNV-1a: the same title always gets the same cover, on every kiosk, without storing anything. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface CoverDesign {
  family: string;
  ornament: number;
  /** A short Han title goes vertically on a slip; anything else runs across. */
  slip: boolean;
}

export function coverDesign(title: string, clc: ClcClass | null): CoverDesign {
  const h = hash(title);
  return {
    family: clc ? FAMILY[clc] : 'red',
    ornament: h % ORNAMENTS,
    slip: title.length <= SLIP_MAX && HAN.test(title),
  };
}
