import { describe, expect, it } from 'vitest';
import { accepted, clip, deleteBackward, fitValue, insertText } from './text-edit';

describe('on-screen keyboard editing', () => {
  it('inserts at the caret and replaces a selection', () => {
    expect(insertText({ value: 'abef', start: 2, end: 2 }, 'cd', 10)).toEqual({
      value: 'abcdef',
      start: 4,
      end: 4,
      truncated: false,
    });
    expect(insertText({ value: 'abXXef', start: 2, end: 4 }, 'cd', 10).value).toBe('abcdef');
  });

  it('keeps to the maximum length and says so', () => {
    const result = insertText({ value: '12345', start: 5, end: 5 }, '6789', 7);
    expect(result.value).toBe('1234567');
    expect(result.truncated).toBe(true);
  });

  it('cuts a 400-character paste to the limit without splitting an astral character', () => {
    const paste = '𠮷'.repeat(200);
    const { value, truncated } = fitValue('words', paste, 60);
    expect(truncated).toBe(true);
    expect(value).toBe('𠮷'.repeat(30));
    expect(clip('a𠮷', 2)).toBe('a');
  });

  it('deletes a whole astral character on backspace', () => {
    expect(deleteBackward({ value: 'a𠮷', start: 3, end: 3 })).toEqual({ value: 'a', start: 1, end: 1 });
    expect(deleteBackward({ value: 'abc', start: 0, end: 0 })).toEqual({ value: 'abc', start: 0, end: 0 });
    expect(deleteBackward({ value: 'abcd', start: 1, end: 3 })).toEqual({ value: 'ad', start: 1, end: 1 });
  });

  it('keeps digits only in PIN fields, full-width digits included', () => {
    expect(accepted('pin', '１２a3 4')).toBe('1234');
    expect(accepted('words', 'line1\nline2')).toBe('line1 line2');
    expect(accepted('code', 'HY-0001\t')).toBe('HY-0001 ');
  });
});
