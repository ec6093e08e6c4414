const format = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** An ISO calendar date ('2026-12-02') as a board reads it ('2 December 2026'); an empty date stays empty. */
export const longDate = (iso: string): string =>
  iso === '' ? '' : format.format(new Date(`${iso}T00:00:00Z`));
