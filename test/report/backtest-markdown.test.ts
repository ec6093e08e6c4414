import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PredictorScore } from '../../src/report/backtest';
import {
  backtestMarkdown,
  balanced,
  classRecall,
  comparedWith,
  headlineBefore,
  interval,
  kappaText,
  share,
} from '../../src/report/backtest-markdown';

/** docs/backtest.md, DOM-free: the published page is exactly what the generator writes, and its sentences. */
const score = (
  id: PredictorScore<string>['id'],
  hits: number,
  n: number,
  low: number,
  high: number,
  value: number | undefined,
): PredictorScore<string> => ({
  id,
  label:
    id === 'method'
      ? 'The method (Ledger Fit)'
      : id === 'alwaysWarn'
        ? 'Always warn against a ledger'
        : 'Always back a ledger',
  hits,
  n,
  interval: { low, high },
  balanced: {
    value,
    perClass: [
      { outcomeClass: 'production', hits: 1, n: 2 },
      { outcomeClass: 'failed', hits: 0, n: 0 },
    ],
  },
});

describe('docs/backtest.md', () => {
  it('is exactly what the generator writes from the cases, the engine and the second encoding', () => {
    expect(backtestMarkdown()).toBe(readFileSync('docs/backtest.md', 'utf8'));
  });

  it('keeps the headline it had before issue #23', () => {
    expect(headlineBefore).toEqual({
      agreed: 6,
      counted: 9,
      alwaysWarn: 7,
      cases: 12,
      source: 'docs/backtest.md before issue #23; shared/factcheck-2026-12.md §4.1',
    });
  });
});

describe('the figures in words', () => {
  it('a share, an interval, balanced accuracy, a class’s recall and a kappa; a dash when nothing is counted', () => {
    const s = score('method', 3, 4, 0.3, 0.95, 0.625);
    expect(share(s)).toBe('3 of 4 (75 %)');
    expect(interval(s)).toBe('30 %–95 %');
    expect(balanced(s)).toBe('63 %');
    expect(classRecall(s, 'production')).toBe('1 of 2');
    expect(classRecall(s, 'failed')).toBe('—');
    expect(classRecall(s, 'other')).toBe('—');
    const none = score('method', 0, 0, 0, 1, undefined);
    expect(share(none)).toBe('—');
    expect(interval(none)).toBe('—');
    expect(balanced(none)).toBe('—');
    expect(kappaText({ n: 0, observed: 0, expected: 0, kappa: undefined } as never)).toBe('—');
    expect(kappaText({ n: 5, observed: 1, expected: 1, kappa: undefined } as never)).toBe(
      'undefined (one category only)',
    );
    expect(kappaText({ n: 5, observed: 0.8, expected: 0.5, kappa: 0.6 } as never)).toBe('0.60');
  });

  it('says plainly whether the method beats a baseline', () => {
    const warn = score('alwaysWarn', 3, 10, 0.1, 0.6, 0.5);
    expect(comparedWith([score('method', 5, 10, 0.2, 0.8, 0.6), warn], 'alwaysWarn')).toBe(
      'The method gets more right than “always warn against a ledger” (5 against 3 of 10); its balanced accuracy is higher (60 % against 50 %); and the intervals overlap: these cases cannot tell the two apart.',
    );
    expect(comparedWith([score('method', 3, 10, 0.1, 0.6, 0.5), warn], 'alwaysWarn')).toBe(
      'The method gets no more right than “always warn against a ledger” (3 each of 10); its balanced accuracy is the same (50 %); and the intervals overlap: these cases cannot tell the two apart.',
    );
    expect(
      comparedWith(
        [score('method', 1, 10, 0.61, 0.7, 0.4), score('alwaysBack', 3, 10, 0.1, 0.6, 0.5)],
        'alwaysBack',
      ),
    ).toBe(
      'The method gets fewer right than “always back a ledger” (1 against 3 of 10); its balanced accuracy is lower (40 % against 50 %); and the intervals do not overlap.',
    );
    // The intervals touch at one end: they overlap.
    expect(comparedWith([score('method', 3, 10, 0.6, 0.9, 0.5), warn], 'alwaysWarn')).toMatch(
      /the intervals overlap/,
    );
    expect(comparedWith([score('method', 3, 10, 0.0, 0.1, 0.5), warn], 'alwaysWarn')).toMatch(
      /the intervals overlap/,
    );
    expect(comparedWith([score('method', 3, 10, 0.0, 0.09, 0.5), warn], 'alwaysWarn')).toMatch(
      /do not overlap/,
    );
    // An unscored balanced accuracy counts as 0.
    expect(comparedWith([score('method', 3, 10, 0.1, 0.6, undefined), warn], 'alwaysWarn')).toMatch(
      /its balanced accuracy is lower \(0 % against 50 %\)/,
    );
    expect(
      comparedWith(
        [score('method', 3, 10, 0.1, 0.6, 0.5), score('alwaysWarn', 3, 10, 0.1, 0.6, undefined)],
        'alwaysWarn',
      ),
    ).toMatch(/its balanced accuracy is higher \(50 % against 0 %\)/);
    expect(comparedWith([score('method', 0, 0, 0, 1, undefined), warn], 'alwaysWarn')).toBe(
      'No case is counted, so there is nothing to compare.',
    );
    expect(comparedWith([warn], 'alwaysWarn')).toBe('No case is counted, so there is nothing to compare.');
    expect(comparedWith([score('method', 3, 10, 0.1, 0.6, 0.5)], 'alwaysWarn')).toBe(
      'No case is counted, so there is nothing to compare.',
    );
  });
});
