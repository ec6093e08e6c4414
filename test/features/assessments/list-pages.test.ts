import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessmentsPerPage, pageLinks, pageOfList } from '../../../src/features/assessments/list-pages';

const items = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('a page of the saved assessments', () => {
  it('shows the first 20 when no page is asked for', () => {
    expect(assessmentsPerPage).toBe(20);
    const page = pageOfList(items(45), null);
    expect(page).toMatchObject({ page: 1, pageCount: 3, first: 1, last: 20 });
    expect(page.items).toEqual(items(20));
  });

  it('shows what is left on the last page', () => {
    const page = pageOfList(items(45), '3');
    expect(page).toMatchObject({ page: 3, first: 41, last: 45 });
    expect(page.items).toEqual([41, 42, 43, 44, 45]);
  });

  it('brings a page that does not exist within the list, whatever the address says', () => {
    expect(pageOfList(items(45), '9').page).toBe(3);
    expect(pageOfList(items(45), '0').page).toBe(1);
    expect(pageOfList(items(45), '-2').page).toBe(1);
    expect(pageOfList(items(45), 'two').page).toBe(1);
    expect(pageOfList(items(40), '3')).toMatchObject({ page: 2, first: 21, last: 40 });
  });

  it('has one empty page when nothing is saved', () => {
    expect(pageOfList([], '2')).toEqual({ items: [], page: 1, pageCount: 1, first: 0, last: 0 });
  });

  it('shows every item exactly once across its pages', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 130 }), (n) => {
        const { pageCount } = pageOfList(items(n), null);
        const all = Array.from({ length: pageCount }, (_, i) => pageOfList(items(n), String(i + 1)).items);
        expect(all.flat()).toEqual(items(n));
        expect(all.every((p) => p.length <= assessmentsPerPage)).toBe(true);
      }),
    );
  });
});

describe('the page links', () => {
  it('links the first, the last, the current page and its neighbours, with a gap where pages are left out', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(1, 10)).toEqual([1, 2, 'gap', 10]);
    expect(pageLinks(5, 10)).toEqual([1, 'gap', 4, 5, 6, 'gap', 10]);
    expect(pageLinks(10, 10)).toEqual([1, 'gap', 9, 10]);
    expect(pageLinks(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('always offers the first, current and last page, in order, and marks a gap only where a page is missing', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 60 })
          .chain((count) => fc.tuple(fc.integer({ min: 1, max: count }), fc.constant(count))),
        ([current, count]) => {
          const links = pageLinks(current, count);
          const numbers = links.filter((l): l is number => l !== 'gap');
          expect(numbers).toContain(1);
          expect(numbers).toContain(current);
          expect(numbers).toContain(count);
          links.forEach((l, i) => {
            if (l === 'gap') {
              const before = links[i - 1] as number;
              const after = links[i + 1] as number;
              expect(after - before).toBeGreaterThan(1);
            } else if (i > 0 && links[i - 1] !== 'gap') expect(l - (links[i - 1] as number)).toBe(1);
          });
          expect(numbers.length).toBeLessThanOrEqual(5);
        },
      ),
    );
  });
});
