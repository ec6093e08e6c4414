/** A file-name-safe slug of a title: accents dropped, lower case, words joined by hyphens. */
function fileSlug(title: string, fallback: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= 60) return slug || fallback;
  // Cut at a word boundary: a half word in a file name reads as a typo.
  const head = slug.slice(0, 61);
  const boundary = head.lastIndexOf('-');
  return boundary > 0 ? head.slice(0, boundary) : slug.slice(0, 60);
}

/** `<title-slug>-ledger-fit-<yyyy-mm-dd>.<extension>` */
export function ledgerFitFileName(
  title: string,
  date: Date,
  extension: 'pdf' | 'docx' | 'json' | 'csv',
  fallback: string,
): string {
  return `${fileSlug(title, fallback)}-ledger-fit-${date.toISOString().slice(0, 10)}.${extension}`;
}
