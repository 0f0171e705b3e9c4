// Accents and other scripts' marks in the grammar's words: Latin accents are optional, a different
// accent is another word, and Devanagari vowel signs stay part of their word.

import { describe, expect, it } from 'vitest';
import { nameWords } from '../../src/bot/grammar/resolve.js';
import { tokenize } from '../../src/bot/grammar/tokens.js';
import { fold, wordCost } from '../../src/bot/grammar/words.js';

describe('accents and marks', () => {
  it('folds Latin accents and the letters with a stroke', () => {
    expect(fold('utwórz sekwencję')).toBe('utworz sekwencje');
    expect(fold('łódź')).toBe('lodz');
    expect(fold('tạo trình tự đủ điều kiện')).toBe('tao trinh tu du dieu kien');
    expect(fold('demostración')).toBe('demostracion');
  });

  it('never touches Devanagari vowel signs', () => {
    for (const word of ['टेम्पलेट', 'अनुक्रम', 'हिंदी', 'छुट्टी', 'अयोग्य'])
      expect(fold(word)).toBe(word.normalize('NFC'));
  });

  it('keeps Hindi words whole when tokenizing and splitting names', () => {
    const { tokens } = tokenize('उत्पाद डेमो टेम्पलेट से अनुक्रम बनाओ।');
    expect(tokens.map((token) => token.norm)).toEqual(['उत्पाद', 'डेमो', 'टेम्पलेट', 'से', 'अनुक्रम', 'बनाओ']);
    expect(nameWords('प्रिया वर्मा')).toEqual(['प्रिया', 'वर्मा']);
  });

  it('takes a word typed without its accents for free, and a different accent as another word', () => {
    expect(wordCost('sekwencje', 'sekwencję')).toBe(0);
    expect(wordCost('dung', 'dừng')).toBe(0);
    expect(wordCost('đừng', 'dừng')).toBeUndefined();
    // Another ending is another letter: one typo.
    expect(wordCost('sekwencją', 'sekwencję')).toBe(1);
    // A matra is a letter: "अयोग्य" (disqualified) is "योग्य" (qualified) plus one letter, a typo at most.
    expect(wordCost('अयोग्य', 'अयोग्य')).toBe(0);
    expect(wordCost('योग्य', 'अयोग्य')).toBe(1);
  });
});
