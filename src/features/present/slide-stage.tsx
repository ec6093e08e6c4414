import { type PointerEvent, type ReactNode, useLayoutEffect, useRef, useState } from 'react';

const slideSize = { width: 1920, height: 1080 } as const;
const swipeDistance = 60;

interface Props {
  children: ReactNode;
  blank?: boolean;
  label: string;
  /** Touch: a swipe left goes forward (+1), a swipe right goes back (-1). */
  onSwipe?: (step: 1 | -1) => void;
}

/** A 16:9 stage: the slide is laid out at 1920 × 1080 and scaled to fit whatever window it is in. */
export function SlideStage({ children, blank, label, onSwipe }: Props) {
  const outer = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.5);
  const swipeStart = useRef<{ x: number; y: number } | undefined>(undefined);
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
  const onPointerDown = (e: PointerEvent) => {
    if (e.pointerType !== 'mouse') swipeStart.current = { x: e.clientX, y: e.clientY };
  };
  const onPointerUp = (e: PointerEvent) => {
    const start = swipeStart.current;
    swipeStart.current = undefined;
    if (!start || !onSwipe) return;
    const dx = e.clientX - start.x;
    if (Math.abs(dx) >= swipeDistance && Math.abs(dx) > Math.abs(e.clientY - start.y))
      onSwipe(dx < 0 ? 1 : -1);
  };
  return (
    <section
      className="slide-stage"
      ref={outer}
      aria-label={label}
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
    >
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
