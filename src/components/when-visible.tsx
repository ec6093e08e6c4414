import { type ReactNode, useEffect, useRef, useState } from 'react';

/**
 * Renders its children once they come near the viewport, so heavy parts below the fold (charts) do not
 * block the first paint. The placeholder keeps their height, so nothing shifts when they arrive.
 */
export function WhenVisible({
  children,
  minHeight,
  label,
}: {
  children: ReactNode;
  minHeight: number;
  label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (visible || !el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setVisible(true);
      },
      { rootMargin: '300px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [visible]);
  return visible ? (
    children
  ) : (
    <div ref={ref} style={{ minHeight }}>
      <p className="muted">{label}</p>
    </div>
  );
}
