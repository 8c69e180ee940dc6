import { describe, expect, it } from 'vitest';
import { isDoubleTap, swipeDirection } from './swipe';

describe('a swipe in the photo viewer', () => {
  const start = { x: 500, y: 400, at: 0 };
  it('to the left shows the next picture, to the right the previous', () => {
    expect(swipeDirection(start, { x: 300, y: 420, at: 200 })).toBe(1);
    expect(swipeDirection(start, { x: 700, y: 390, at: 200 })).toBe(-1);
  });
  it('is not a tap or a move up and down; a slow drag counts', () => {
    expect(swipeDirection(start, { x: 520, y: 400, at: 100 })).toBe(0);
    expect(swipeDirection(start, { x: 300, y: 400, at: 2000 })).toBe(1);
    expect(swipeDirection(start, { x: 420, y: 700, at: 200 })).toBe(0);
  });
});

describe('a double tap', () => {
  const first = { x: 500, y: 400, at: 0 };
  it('is a second tap close in time and place', () => {
    expect(isDoubleTap(first, { x: 505, y: 402, at: 180 }, { x: 505, y: 402, at: 220 })).toBe(true);
  });
  it('is not a first tap, a late one, one elsewhere or a drag', () => {
    expect(isDoubleTap(null, first, first)).toBe(false);
    expect(isDoubleTap(first, { x: 500, y: 400, at: 500 }, { x: 500, y: 400, at: 560 })).toBe(false);
    expect(isDoubleTap(first, { x: 700, y: 400, at: 150 }, { x: 700, y: 400, at: 200 })).toBe(false);
    expect(isDoubleTap(first, { x: 500, y: 400, at: 150 }, { x: 600, y: 400, at: 200 })).toBe(false);
  });
});
