import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Sized for a busy 2-core machine: findBy/waitFor poll for up to 15 s (the default 1 s fails under load).
// Speed is measured by `npm run bench`, never asserted here.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
  globalThis.localStorage?.clear();
});

// recharts' ResponsiveContainer measures its parent; jsdom has no layout, so report a fixed size.
class FixedSizeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    this.callback(
      [{ target, contentRect: { width: 600, height: 400 } } as unknown as ResizeObserverEntry],
      this as unknown as ResizeObserver,
    );
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= FixedSizeResizeObserver as unknown as typeof ResizeObserver;
