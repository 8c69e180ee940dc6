import type { Organisation } from '../../../shared/platform.api';
import { fold, initialsOf, latinKey, pinyinSortKey, suffixKeys, syllableReadings } from '../text/text-fold';

/** How many organisations one query offers: a visitor types more to narrow them. */
export const ORGANISATIONS_SHOWN = 8;

interface Keys {
  /** The folded text (company and branch): a Han or Latin query is found anywhere in it. */
  text: string;
  /** Every suffix of its pinyin and of its initials: a Latin query is the start of one. */
  latin: string[];
  sort: string;
}

// The park's organisations are a few hundred names at most; their pinyin is worked out once.
const keysOf = new Map<string, Keys>();
const KEYS_KEPT = 5_000;

function keys(org: Organisation): Keys {
  const whole = [org.company, org.branch].filter(Boolean).join(' ');
  let k = keysOf.get(whole);
  if (!k) {
    const text = fold(whole);
    const readings = syllableReadings(text);
    const latin = readings.flatMap((r) => [...suffixKeys(r), ...suffixKeys(initialsOf(r))]);
    k = { text, latin, sort: pinyinSortKey(whole, readings) };
    if (keysOf.size >= KEYS_KEPT) keysOf.clear();
    keysOf.set(whole, k);
  }
  return k;
}

const keyOf = (o: Organisation) => `${o.company ?? ''}\u0000${o.branch ?? ''}`;

/**
 * The park's companies and party branches that match what a visitor typed: Han or Latin anywhere
 * in the company or branch (简 or 繁), or pinyin or initials from the start of a syllable. Those
 * whose company or branch begins with it come first, then by pinyin; each pair once.
 */
export function matchOrganisations(all: Iterable<Organisation>, q: string): Organisation[] {
  const folded = fold(q).trim();
  if (folded === '') return [];
  const latin = latinKey(folded);
  const seen = new Set<string>();
  const hits: { org: Organisation; first: boolean; sort: string }[] = [];
  for (const org of all) {
    const company = org.company?.trim() || null;
    const branch = org.branch?.trim() || null;
    if (company === null && branch === null) continue;
    const clean = { company, branch };
    const id = keyOf(clean);
    if (seen.has(id)) continue;
    const k = keys(clean);
    const found = k.text.includes(folded) || (latin !== '' && k.latin.some((key) => key.startsWith(latin)));
    if (!found) continue;
    seen.add(id);
    const starts = (s: string | null) => s !== null && fold(s).startsWith(folded);
    const first =
      starts(company) || starts(branch) || (latin !== '' && k.latin[0]?.startsWith(latin) === true);
    hits.push({ org: clean, first, sort: k.sort });
  }
  return hits
    .sort((a, b) => Number(b.first) - Number(a.first) || a.sort.localeCompare(b.sort))
    .slice(0, ORGANISATIONS_SHOWN)
    .map((h) => h.org);
}
