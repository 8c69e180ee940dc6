import { describe, expect, it } from 'vitest';
import type { BoardEntry } from '../../../../electron/shared/venues.types';
import { doorState } from './board-text';

const entry = (start: string, end: string): BoardEntry => ({
  venueId: 1,
  start: `2026-03-02T${start}`,
  end: `2026-03-02T${end}`,
  status: 'approved',
  title: '主题党日',
  purpose: 'theme_day',
  organiser: '纳微科技党支部',
});

describe('the door sign', () => {
  const day = [entry('14:00', '15:00'), entry('09:00', '10:30')];
  it('says what is on and what comes next', () => {
    expect(doorState(day, '2026-03-02T09:30')).toEqual({ current: day[1], next: day[0], freeUntil: null });
  });
  it('says until when the room is free, and nothing once the day is done', () => {
    expect(doorState(day, '2026-03-02T10:30')).toEqual({ current: null, next: day[0], freeUntil: '14:00' });
    expect(doorState(day, '2026-03-02T15:00')).toEqual({ current: null, next: null, freeUntil: null });
  });
});
