import { describe, expect, it } from '@jest/globals';
import { INPUT_LIMITS, listProblem, textKind, textProblem } from './input-limits.js';

describe('input limits', () => {
  it('one-line texts: at most 300 characters, no control characters at all', () => {
    expect(textProblem('name', 'x'.repeat(INPUT_LIMITS.lineText))).toBeUndefined();
    expect(textProblem('region', 'x'.repeat(INPUT_LIMITS.lineText + 1))).toBe(
      'is 301 characters long; at most 300 are allowed',
    );
    expect(textProblem('name', 'a\u0000b')).toBe('contains the control character U+0000 at position 2');
    expect(textProblem('id', 'a\nb')).toMatch(/U\+000A/);
    expect(textProblem('theme', 'a\tb')).toMatch(/U\+0009/);
    expect(textProblem('name', 'x\u007f')).toMatch(/U\+007F/);
    expect(textProblem('name', 'x\u0085')).toMatch(/U\+0085/);
    // Cypher-looking and markup-looking text is just text
    expect(textProblem('id', "x' }) MATCH (n) DETACH DELETE n //")).toBeUndefined();
    expect(textProblem('name', '<img src=x onerror=alert(1)> Zonnedorp – coöperatie ☀')).toBeUndefined();
  });

  it('free text (description, evidence, note): 10,000 characters, newlines (LF or CRLF) and tabs allowed', () => {
    expect(['description', 'evidence', 'note'].map(textKind)).toEqual(['free', 'free', 'free']);
    expect(textProblem('description', 'line one\r\nline two\n\tindented')).toBeUndefined();
    expect(textProblem('evidence', 'x'.repeat(INPUT_LIMITS.freeText + 1))).toMatch(/at most 10000/);
    expect(textProblem('note', 'a\rb')).toBe(
      'contains the control character U+000D at position 2 (newlines and tabs are allowed here)',
    );
    expect(textProblem('description', 'bell\u0007')).toMatch(/U\+0007/);
  });

  it('cursors may be longer; lists in records at most 100 items; network sections by the row limit', () => {
    expect(textProblem('after', 'x'.repeat(900))).toBeUndefined();
    expect(listProblem('themes', 100, 5)).toBeUndefined();
    expect(listProblem('themes', 50_000, 5)).toBe('has 50000 items; at most 100 are allowed');
    expect(listProblem('initiatives', 50_000, 1_000_000)).toBeUndefined();
    expect(listProblem('actors', 11, 10)).toBe('has 11 items; at most 10 are allowed');
  });
});
