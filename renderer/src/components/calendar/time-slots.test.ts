import { describe, expect, it } from 'vitest';
import { inRange, slotStarts, tapSlot, type SlotRules, type TimeRange } from './time-slots';

const none = { range: null, anchor: null };
const taps = (slots: string[], rules: SlotRules) =>
  slots.reduce<{ range: TimeRange | null; anchor: string | null }>(
    (s, slot) => tapSlot(s, slot, rules),
    none,
  );

describe('time slots', () => {
  it('lists the slots of a day in steps, the last ending at the close', () => {
    expect(slotStarts('09:00', '11:00', 30)).toEqual(['09:00', '09:30', '10:00', '10:30']);
    expect(slotStarts('08:00', '09:00', 15)).toEqual(['08:00', '08:15', '08:30', '08:45']);
    expect(slotStarts('09:00', '09:20', 30)).toEqual([]);
  });

  it('a first tap chooses one slot, a later tap stretches to the end of it, a third starts again', () => {
    const rules = { step: 30 };
    expect(taps(['09:30'], rules)).toEqual({ range: { start: '09:30', end: '10:00' }, anchor: '09:30' });
    expect(taps(['09:30', '11:00'], rules)).toEqual({
      range: { start: '09:30', end: '11:30' },
      anchor: null,
    });
    expect(taps(['09:30', '11:00', '10:00'], rules).range).toEqual({ start: '10:00', end: '10:30' });
    // Before the anchor: that slot becomes the new start.
    expect(taps(['10:00', '09:00'], rules)).toEqual({
      range: { start: '09:00', end: '09:30' },
      anchor: '09:00',
    });
  });

  it('never covers a taken slot or passes the longest range: the tap starts afresh instead', () => {
    const rules = { step: 30, busy: [{ start: '10:00', end: '10:30' }], maxMinutes: 90 };
    expect(taps(['10:00'], rules)).toEqual(none);
    expect(taps(['09:00', '11:00'], rules).range).toEqual({ start: '11:00', end: '11:30' });
    expect(taps(['10:30', '11:30'], rules).range).toEqual({ start: '10:30', end: '12:00' });
    expect(taps(['10:30', '12:00'], rules).range).toEqual({ start: '12:00', end: '12:30' });
  });

  it('tells which slots a range holds', () => {
    const range = { start: '09:30', end: '10:30' };
    expect(['09:00', '09:30', '10:00', '10:30'].map((s) => inRange(s, range))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(inRange('09:30', null)).toBe(false);
  });
});
