/**
 * The start page shows the saved assessments a page at a time, newest first: with hundreds saved, drawing every
 * row made the page slow to appear (≈ 25 elements a row) and put "Start a new assessment" far below them.
 */
export const assessmentsPerPage = 20;

export interface ListPage<T> {
  readonly items: readonly T[];
  /** 1-based; always a page that exists (1 when the list is empty). */
  readonly page: number;
  readonly pageCount: number;
  /** 1-based positions of the first and last item shown (0 and 0 when the list is empty). */
  readonly first: number;
  readonly last: number;
}

/** The page asked for (from the address, so anything), brought within the pages that exist. */
export function pageOfList<T>(list: readonly T[], requested: string | null): ListPage<T> {
  const pageCount = Math.max(1, Math.ceil(list.length / assessmentsPerPage));
  const asked = Number.parseInt(requested ?? '', 10);
  const page = Number.isFinite(asked) ? Math.min(Math.max(asked, 1), pageCount) : 1;
  const start = (page - 1) * assessmentsPerPage;
  const items = list.slice(start, start + assessmentsPerPage);
  return { items, page, pageCount, first: items.length > 0 ? start + 1 : 0, last: start + items.length };
}

/**
 * The page numbers to link to, GOV.UK style: the first, the last, the current one and its neighbours, with a
 * gap where pages are left out, so the links stay few however long the list.
 */
export function pageLinks(current: number, pageCount: number): (number | 'gap')[] {
  const shown = [...new Set([1, current - 1, current, current + 1, pageCount])]
    .filter((n) => n >= 1 && n <= pageCount)
    .sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - (shown[i - 1] ?? n) > 1 ? ['gap' as const, n] : [n]));
}
