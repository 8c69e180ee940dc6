import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { AUTHOR_ROLES, BORROWER_TYPES, CLC_CLASSES } from '../../../../shared/library.api';
import { demoBorrowers } from './borrowers';
import { demoCompanies } from './companies';
import { DEMO_SHELF_CODES, type DemoTitle, type DemoTitleRef } from './demo-types';
import { demoReadingLists } from './reading-lists';
import { demoShelves } from './shelves';
import { demoTitles } from './titles';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

const countOn = (shelf: string) => demoTitles.filter((t) => t.shelf === shelf).length;

/** A record's identity: what a reading list must name to point at exactly one record. */
const identity = (t: DemoTitleRef) => JSON.stringify([t.title, t.subtitle ?? null, t.volume ?? null]);

function validIsbn13(isbn: string): boolean {
  if (!/^97[89]\d{10}$/.test(isbn)) return false;
  const sum = [...isbn.slice(0, 12)].reduce((s, d, i) => s + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10 === Number(isbn[12]);
}

describe('demo titles', () => {
  it('hold about 300 books, at least 60 in each period cabinet and 40 in the history corner', () => {
    expect(demoTitles.length).toBeGreaterThanOrEqual(280);
    expect(demoTitles.length).toBeLessThanOrEqual(340);
    for (const cabinet of ['period-1', 'period-2', 'period-3', 'period-4']) {
      expect(countOn(cabinet), cabinet).toBeGreaterThanOrEqual(60);
    }
    expect(countOn('dangshi')).toBeGreaterThanOrEqual(40);
    for (const other of ['red-classics', 'party-building', 'park-industry']) {
      expect(countOn(other), other).toBeGreaterThan(0);
    }
  });

  it('give every book a title, an author with a known role, a publisher, a class and a call number', () => {
    const roles: readonly string[] = AUTHOR_ROLES;
    const classes: readonly string[] = CLC_CLASSES;
    for (const t of demoTitles) {
      expect(t.title.trim(), t.title).not.toBe('');
      expect(t.authors.length, t.title).toBeGreaterThan(0);
      for (const a of t.authors) {
        expect(a.name.trim(), t.title).not.toBe('');
        expect(a.name.length, t.title).toBeLessThanOrEqual(60);
        expect(roles, t.title).toContain(a.role);
        if (a.nationality !== undefined) expect(a.nationality, t.title).toMatch(/^\p{Script=Han}{1,4}$/u);
      }
      expect(
        t.authors.some((a) => a.role !== 'translator'),
        t.title,
      ).toBe(true);
      expect(t.publisher.trim(), t.title).not.toBe('');
      expect(classes, t.title).toContain(t.clc);
      expect(t.callNumber.startsWith(t.clc), `${t.title} ${t.callNumber}`).toBe(true);
      expect(t.summary.length, t.title).toBeGreaterThan(10);
      expect(t.tags.length, t.title).toBeGreaterThan(0);
      expect(t.tags.every((tag) => tag.length <= 20)).toBe(true);
      if (t.year !== null) expect(t.year, t.title).toBeGreaterThanOrEqual(1919);
      if (t.year !== null) expect(t.year, t.title).toBeLessThanOrEqual(2025);
    }
  });

  it('translated books name a translator and a nationality for the foreign author', () => {
    for (const t of demoTitles.filter((x) => x.authors.some((a) => a.role === 'translator'))) {
      expect(
        t.authors.some((a) => a.role === 'author' && a.nationality !== undefined),
        t.title,
      ).toBe(true);
    }
  });

  it('stand only on shelves that exist', () => {
    const codes = new Set(demoShelves.map((s) => s.code));
    for (const t of demoTitles) expect(codes.has(t.shelf), `${t.title} on ${t.shelf}`).toBe(true);
  });

  it('have no duplicate record, and volumes or subtitles tell apart books sharing a title', () => {
    const keys = demoTitles.map((t) => `${identity(t)}|${t.edition ?? ''}`);
    expect(keys.length - new Set(keys).size).toBe(0);
    expect(new Set(demoTitles.map(identity)).size).toBe(demoTitles.length);
  });

  it('carry an ISBN only when it is a valid ISBN-13, and no two books share one', () => {
    const isbns = demoTitles.flatMap((t) => (t.isbn === undefined ? [] : [t.isbn]));
    for (const isbn of isbns) expect(validIsbn13(isbn), isbn).toBe(true);
    expect(new Set(isbns).size).toBe(isbns.length);
    expect(validIsbn13('9787503558802')).toBe(false);
  });

  it('are catalogued in Simplified characters', () => {
    for (const t of demoTitles) {
      for (const text of [t.title, t.subtitle ?? '', t.publisher, ...t.authors.map((a) => a.name)]) {
        expect(toSimplified(text), text).toBe(text);
      }
    }
    expect(toSimplified('紅巖')).not.toBe('紅巖');
  });
});

describe('demo shelves', () => {
  it('are the known codes, in order, with names in three languages', () => {
    expect(demoShelves.map((s) => s.code)).toEqual([...DEMO_SHELF_CODES]);
    for (const s of demoShelves) {
      expect(s.name.length).toBeLessThanOrEqual(40);
      expect(toSimplified(s.nameZhTw)).toBe(s.name);
      expect(toSimplified(s.descriptionZhTw)).toBe(s.description);
      expect(s.nameEn).toMatch(/^[\x20-\x7E–]+$/);
      expect(s.descriptionEn.length).toBeGreaterThan(10);
    }
  });
});

describe('demo reading lists', () => {
  it('point each entry at exactly one title, without repeats', () => {
    expect(demoReadingLists.length).toBeGreaterThanOrEqual(5);
    expect(demoReadingLists.length).toBeLessThanOrEqual(8);
    expect(new Set(demoReadingLists.map((l) => l.code)).size).toBe(demoReadingLists.length);
    const byIdentity = new Map<string, DemoTitle[]>();
    for (const t of demoTitles) byIdentity.set(identity(t), [...(byIdentity.get(identity(t)) ?? []), t]);
    for (const list of demoReadingLists) {
      expect(list.titles.length, list.name).toBeGreaterThanOrEqual(5);
      const refs = list.titles.map(identity);
      expect(new Set(refs).size, list.name).toBe(refs.length);
      for (const ref of refs) expect(byIdentity.get(ref)?.length ?? 0, `${list.name}: ${ref}`).toBe(1);
    }
  });
});

describe('demo borrowers', () => {
  const branches = new Set(demoCompanies.flatMap((c) => c.branches.map((b) => b.name)));
  const companies = new Set(demoCompanies.map((c) => c.name));

  it('are about forty, with unique card numbers a scanner can type', () => {
    expect(demoBorrowers.length).toBeGreaterThanOrEqual(35);
    expect(demoBorrowers.length).toBeLessThanOrEqual(45);
    const cards = demoBorrowers.map((b) => b.cardNo);
    expect(new Set(cards).size).toBe(cards.length);
    for (const card of cards) expect(card).toMatch(/^XH\d{6}$/);
  });

  it('have phone numbers that are plainly fictional and never repeat', () => {
    const phones = demoBorrowers.map((b) => b.phone);
    for (const phone of phones) expect(phone).toMatch(/^(170|171|199)-0000-\d{4}$/);
    expect(new Set(phones).size).toBe(phones.length);
  });

  it('belong to known companies and branches, with a type the loan rules know', () => {
    const types: readonly string[] = BORROWER_TYPES;
    for (const b of demoBorrowers) {
      expect(types, b.name).toContain(b.type);
      if (b.company !== null) expect(companies.has(b.company), b.company).toBe(true);
      if (b.partyBranch !== null) expect(branches.has(b.partyBranch), b.partyBranch).toBe(true);
      if (b.type === 'party_member') expect(b.partyBranch, b.name).not.toBeNull();
      if (b.type === 'employee') expect(b.company, b.name).not.toBeNull();
      expect(toSimplified(b.name)).toBe(b.name);
    }
    for (const type of types)
      expect(
        demoBorrowers.some((b) => b.type === type),
        type,
      ).toBe(true);
  });

  it('companies have unique codes and branch names', () => {
    expect(new Set(demoCompanies.map((c) => c.code)).size).toBe(demoCompanies.length);
    expect(branches.size).toBe(demoCompanies.reduce((n, c) => n + c.branches.length, 0));
  });
});
