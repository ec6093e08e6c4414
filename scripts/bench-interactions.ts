/**
 * Browser measures of what a manager feels on a busy laptop, shared by `npm run bench`: a what-if change
 * to the painted frame, and the longest main-thread task while a board paper is made. Both can run with
 * Chromium's CPU throttling (CDP Emulation.setCPUThrottlingRate), the way DevTools emulates a slow laptop.
 */
import type { CDPSession, Page } from 'playwright-core';
import { median } from './bench-engine';

/** tsx keeps function names with a `__name` helper the page does not have: give the page a no-op one. */
const nameHelper = (page: Page) => page.evaluate('globalThis.__name ??= (f) => f');

export async function throttle(cdp: CDPSession, rate: number): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

export interface WhatIfTimes {
  /** The first change after the result page was drawn. */
  readonly first: number;
  /** Median of the changes after the first two. */
  readonly warm: number;
  /** Median time until a task posted after the change runs (the frame plus the first slice of deferred work). */
  readonly nextTaskWarm: number;
  /** Median time until the charts show the change too (they may follow the answer by a frame or more). */
  readonly chartsWarm: number;
}

/**
 * Changes one what-if answer back and forth. Each change is made at the start of a frame (inside a
 * requestAnimationFrame callback), so the time to the end of that frame's rendering is the work the change
 * costs, without the wait for the next vsync: ≤ 16 ms means the change is painted in the frame it was made.
 * A message posted in that callback, before the change, runs once the frame's style, layout and paint are
 * done. It must be posted before the change: React schedules the deferred (report and charts) render with a
 * message of its own during the change, and a message posted after the change would wait for that render's
 * first slice as well. That later time is kept too (`nextTask`): how long a key press straight after the
 * change would wait.
 */
export async function whatIfToFrame(page: Page, selectId: string, changes = 12): Promise<WhatIfTimes> {
  await nameHelper(page);
  const frame: number[] = [];
  const nextTask: number[] = [];
  const charts: number[] = [];
  for (let i = 0; i < changes; i++) {
    const [toFrame, toNextTask, toCharts] = await page.evaluate(
      ([id, value]) =>
        new Promise<[number, number, number, number]>((resolve, reject) => {
          requestAnimationFrame(() => {
            const select = document.getElementById(id as string) as HTMLSelectElement | null;
            const chartArea = document.querySelector('.recharts-surface')?.closest('section');
            if (!select || !chartArea) {
              reject(new Error('no what-if select or charts on the page'));
              return;
            }
            // Held here: a MessageChannel nobody references can be collected with its message unsent.
            const channels: MessageChannel[] = [];
            let painted = 0;
            let taskAfter = 0;
            let chartsPainted = 0;
            const done = () => {
              if (painted > 0 && taskAfter > 0 && chartsPainted > 0)
                resolve([painted, taskAfter, chartsPainted, channels.length]);
            };
            const observer = new MutationObserver(() => {
              observer.disconnect();
              // The charts changed in this task: they are on screen once this frame has been rendered.
              requestAnimationFrame(() => {
                const after = new MessageChannel();
                channels.push(after);
                after.port1.onmessage = () => {
                  chartsPainted = performance.now() - start;
                  done();
                };
                after.port2.postMessage(null);
              });
            });
            observer.observe(chartArea, {
              subtree: true,
              childList: true,
              attributes: true,
              characterData: true,
            });
            // A change the charts do not show (none expected) would otherwise wait for ever.
            setTimeout(() => {
              observer.disconnect();
              if (!chartsPainted) chartsPainted = Number.POSITIVE_INFINITY;
              done();
            }, 5000);
            const start = performance.now();
            const afterFrame = new MessageChannel();
            channels.push(afterFrame);
            afterFrame.port1.onmessage = () => {
              painted = performance.now() - start;
              done();
            };
            afterFrame.port2.postMessage(null);
            select.value = value as string;
            select.dispatchEvent(new Event('change', { bubbles: true }));
            const afterChange = new MessageChannel();
            channels.push(afterChange);
            afterChange.port1.onmessage = () => {
              taskAfter = performance.now() - start;
              done();
            };
            afterChange.port2.postMessage(null);
          });
        }),
      [selectId, i % 2 === 0 ? '4' : '0'] as const,
    );
    frame.push(toFrame);
    nextTask.push(toNextTask);
    charts.push(toCharts);
  }
  return {
    first: frame[0] ?? 0,
    warm: median(frame.slice(2)),
    nextTaskWarm: median(nextTask.slice(2)),
    chartsWarm: median(charts.slice(2)),
  };
}

export interface ExportTasks {
  /** The longest main-thread task (Long Tasks API, so 0 means none over 50 ms). */
  readonly longestTask: number;
  /** The longest gap between two frames while the paper was made (catches shorter stalls too). */
  readonly longestFrameGap: number;
}

/**
 * Presses an export button with the mouse and watches the main thread until the file is saved: every long
 * task (PerformanceObserver 'longtask') and the gaps between animation frames. The button is found and
 * scrolled to and hovered before the watch starts, and pressed with a plain mouse click at its centre, the
 * button held 80 ms as a finger does; and a move, press and release sent at once run as one task.
 * Playwright's own work on the page (finding an element by role and name, actionability checks, evaluating
 * a script, polling for a condition) runs on the page's main thread too, and at 4× throttling it alone made
 * tasks of 50-120 ms that were counted against the app. So nothing of Playwright runs inside the watch: it
 * starts after the task that set it up (which the observer would otherwise report), the page says "saved"
 * by a console message, and the results are read after the watch has closed.
 */
export async function exportLongTasks(page: Page, buttonName: string): Promise<ExportTasks> {
  await nameHelper(page);
  const button = page.getByRole('button', { name: buttonName });
  await button.scrollIntoViewIfNeeded();
  const box = await button.boundingBox();
  if (!box) throw new Error(`no "${buttonName}" button on screen`);
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.evaluate((savedMessage) => {
    const w = window as unknown as BenchWatch;
    w.benchTasks = [];
    w.benchGaps = [];
    w.benchUntil = Number.POSITIVE_INFINITY;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.benchTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
    let last = performance.now();
    const tick = (now: number) => {
      if (now > w.benchUntil) return;
      w.benchGaps.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const status = document.querySelector('.pdf-download [role="status"]');
    if (!status) throw new Error('no status line beside the export buttons');
    status.textContent = '';
    const saved = new MutationObserver(() => {
      if (!status.textContent?.startsWith('Saved')) return;
      saved.disconnect();
      // A frame and a little more, so a task that ends with the download is counted.
      w.benchUntil = performance.now() + 150;
      console.log(savedMessage);
    });
    saved.observe(status, { childList: true, subtree: true, characterData: true });
    // This task (the set-up itself) started before this moment: it is not the app's.
    w.benchFrom = performance.now();
  }, savedMessage);
  const savedSaid = page.waitForEvent('console', { predicate: (m) => m.text() === savedMessage });
  const downloaded = page.waitForEvent('download');
  await page.mouse.click(x, y, { delay: 80 });
  await downloaded;
  await savedSaid;
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const w = window as unknown as BenchWatch;
    const inWatch = w.benchTasks.filter((t) => t.start >= w.benchFrom && t.start <= w.benchUntil);
    return {
      longestTask: Math.max(0, ...inWatch.map((t) => t.duration)),
      longestFrameGap: Math.max(0, ...w.benchGaps),
    };
  });
}

const savedMessage = 'ledger-fit-bench: the paper is saved';

interface BenchWatch {
  benchTasks: { start: number; duration: number }[];
  benchGaps: number[];
  benchFrom: number;
  benchUntil: number;
}
