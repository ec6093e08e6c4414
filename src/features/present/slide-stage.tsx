import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';

export const slideSize = { width: 1920, height: 1080 } as const;

/** A 16:9 stage: the slide is laid out at 1920 × 1080 and scaled to fit whatever window it is in. */
export function SlideStage({
  children,
  blank,
  label,
}: {
  children: ReactNode;
  blank?: boolean;
  label: string;
}) {
  const outer = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.5);
  useLayoutEffect(() => {
    const el = outer.current;
    if (!el) return;
    const measure = () =>
      setScale(Math.min(el.clientWidth / slideSize.width, el.clientHeight / slideSize.height) || 0.5);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <section className="slide-stage" ref={outer} aria-label={label}>
      <div
        className={`slide${blank ? ' slide-blank' : ''}`}
        style={{
          width: slideSize.width,
          height: slideSize.height,
          transform: `translate(-50%, -50%) scale(${scale})`,
        }}
      >
        {blank ? <p className="visually-hidden">The screen is blanked.</p> : children}
      </div>
    </section>
  );
}
