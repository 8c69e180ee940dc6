import { describe, expect, it } from 'vitest';
import { scriptFor, startTyping } from './typing';

describe('how the keyboard starts on a field', () => {
  it('starts in pinyin on words on a Chinese screen, 简 and 繁 alike', () => {
    expect(startTyping('words', 'zh-CN', {})).toBe('pinyin');
    expect(startTyping('words', 'zh-TW', {})).toBe('pinyin');
  });

  it('starts on letters on codes, and on everything on an English screen', () => {
    for (const language of ['zh-CN', 'zh-TW', 'en'])
      expect(startTyping('code', language, {})).toBe('letters');
    expect(startTyping('words', 'en', {})).toBe('letters');
  });

  it('starts as the visitor last switched that kind of field, and only that kind', () => {
    expect(startTyping('words', 'zh-CN', { words: 'letters' })).toBe('letters');
    expect(startTyping('code', 'zh-CN', { words: 'letters' })).toBe('letters');
    expect(startTyping('code', 'zh-CN', { code: 'pinyin' })).toBe('pinyin');
    expect(startTyping('words', 'zh-TW', { code: 'pinyin' })).toBe('pinyin');
    expect(startTyping('words', 'en', { words: 'pinyin' })).toBe('pinyin');
  });

  it('asks for Traditional candidates on a 繁體 screen only', () => {
    expect(scriptFor('zh-TW')).toBe('traditional');
    expect(scriptFor('zh-CN')).toBe('simplified');
    expect(scriptFor('en')).toBe('simplified');
  });
});
