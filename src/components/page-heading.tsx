import { type ReactNode, useEffect, useRef } from 'react';

/**
 * The page's h1. It takes focus when the page opens, so keyboard and screen-reader users start at the
 * top of the new page after navigation, and it sets the document title.
 */
export function PageHeading({
  children,
  title,
  caption,
}: {
  children: ReactNode;
  title: string;
  caption?: string;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Ledger Fit`;
    ref.current?.focus({ preventScroll: false });
  }, [title]);
  return (
    <>
      {caption && <span className="caption">{caption}</span>}
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
    </>
  );
}
