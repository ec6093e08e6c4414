import type { ReactNode } from 'react';

/**
 * A wide table's scrolling wrapper. On a narrow screen the table scrolls inside it, so keyboard users must be
 * able to focus it to scroll (WCAG 2.1.1; axe `scrollable-region-focusable`), and a screen reader must hear
 * what the region holds: hence a focusable, labelled region.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so the keyboard can scroll it.
    // biome-ignore lint/a11y/useSemanticElements: a <section> would add a landmark per table; a labelled region is what axe asks for.
    <div className="table-wrapper" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
