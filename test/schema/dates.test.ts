// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isIsoDate, readDate } from '../../src/schema/dates';

/**
 * #25: a date of assessment is one real calendar day from 1900 to 2999, stored as YYYY-MM-DD and read the ways
 * people in the UK write it (repair turns what it reads into the stored form, and clears what it cannot read).
 */
describe('reading a date as a person wrote it', () => {
  it.each([
    ['spaces around it', '  26/11/2026 ', '2026-11-26'],
    ['two spaces between day and month', '26  November 2026', '2026-11-26'],
    ['two spaces between month and year', '26 November  2026', '2026-11-26'],
    ['a full stop after a short month', '26 Nov. 2026', '2026-11-26'],
    ['a comma after the month', '26 November, 2026', '2026-11-26'],
    ['the four-letter "Sept"', '26 Sept 2026', '2026-09-26'],
    ['a month name in capitals', '1 MARCH 2026', '2026-03-01'],
    ['29 February of a leap year', '29/02/2028', '2028-02-29'],
  ])('reads one with %s', (_name, text, iso) => {
    expect(readDate(text)).toBe(iso);
  });

  it.each([
    ['a day that does not exist in the month', '30/02/2026'],
    ['29 February of a common year', '29 Feb 2026'],
    ['a thirteenth month', '01/13/2026'],
    ['a day of three digits', '126/11/2026'],
    ['a year of five digits', '26/11/20261'],
    ['a named date with a day of three digits', '126 November 2026'],
    ['a named date with a year of five digits', '26 November 20261'],
    ['a word that only starts like a month', '26 Decembers 2026'],
    ['a word that is no month', '26 Foo 2026'],
  ])('refuses %s', (_name, text) => {
    expect(readDate(text)).toBeUndefined();
  });

  it('reads years from 1900 to 2999 only', () => {
    expect(readDate('31/12/1899')).toBeUndefined();
    expect(readDate('01/01/1900')).toBe('1900-01-01');
    expect(readDate('31/12/2999')).toBe('2999-12-31');
    expect(readDate('01/01/3000')).toBeUndefined();
    expect(readDate('1 January 3000')).toBeUndefined();
  });
});

describe('a stored date', () => {
  it('is exactly YYYY-MM-DD of a real day from 1900 to 2999', () => {
    expect(isIsoDate('2026-11-26')).toBe(true);
    expect(isIsoDate('1900-01-01')).toBe(true);
    expect(isIsoDate('2999-12-31')).toBe(true);
    for (const text of [
      '1899-12-31',
      '3000-01-01',
      '2026-02-29',
      '2026-11-26T10:00',
      ' 2026-11-26',
      '2026-1-26',
    ])
      expect(isIsoDate(text)).toBe(false);
  });
});
