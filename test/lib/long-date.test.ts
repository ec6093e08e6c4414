import { describe, expect, it } from 'vitest';
import { longDate } from '../../src/lib/long-date';

describe('a date as a board reads it', () => {
  it('writes an ISO date in words, day first, with no leading zero', () => {
    expect(longDate('2026-12-02')).toBe('2 December 2026');
    expect(longDate('2019-01-31')).toBe('31 January 2019');
  });

  it('keeps the calendar date wherever the reader is (UTC, no shift to the day before)', () => {
    expect(longDate('2026-03-29')).toBe('29 March 2026');
    expect(longDate('2024-02-29')).toBe('29 February 2024');
  });

  it('leaves an empty date empty', () => {
    expect(longDate('')).toBe('');
  });
});
