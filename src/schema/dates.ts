/**
 * Dates are stored one way, ISO 8601 (2026-11-26), and read the ways people write them: ISO, UK-style
 * day/month/year (26/11/2026, 26-11-2026, 26.11.2026) and day month-name year (26 November 2026, 26 Nov 2026).
 */
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function isoOf(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real || year < 1900 || year > 2999) return undefined;
  return date.toISOString().slice(0, 10);
}

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && isoOf(Number(match[1]), Number(match[2]), Number(match[3])) === text;
}

/** The ISO form of a date as a person wrote it, or undefined when it cannot be read as one real date. */
export function readDate(text: string): string | undefined {
  const t = text.trim();
  if (isIsoDate(t)) return t;
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (numeric) return isoOf(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const named = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(t);
  if (named) {
    const word = (named[2] ?? '').toLowerCase();
    const month = months.indexOf(word.slice(0, 3)) + 1;
    const full = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' })
      .format(new Date(Date.UTC(2000, month - 1, 1)))
      .toLowerCase();
    if (month > 0 && (word.length === 3 || full.startsWith(word)))
      return isoOf(Number(named[3]), month, Number(named[1]));
  }
  return undefined;
}
