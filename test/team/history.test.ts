// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { History } from '../../src/schema/team-record';
import { historyInOrder, verifyHistory } from '../../src/team/history';
import { readAssessment } from '../../src/team/team-doc';
import { anyAction, asha, base, ben, cleo, exchange, perform } from './team-fixtures';

function historyOf(actions: { a: Parameters<typeof perform>[2]; b: Parameters<typeof perform>[2] }): History {
  const a = new Y.Doc();
  const b = new Y.Doc();
  perform(a, asha, actions.a);
  exchange(a, b);
  perform(b, ben, actions.b);
  exchange(b, a);
  return readAssessment(a, base).team?.history ?? {};
}

describe('the hash-chained history', () => {
  it('is intact after two people edit, and lists changes in time order with who made them', () => {
    const history = historyOf({
      a: [{ kind: 'value', question: 'condition.validityCheck', value: 3 }],
      b: [{ kind: 'value', question: 'condition.validityCheck', value: 1 }],
    });
    expect(verifyHistory(history)).toEqual({ intact: true, entries: 2, authors: 2 });
    expect(historyInOrder(history).map((e) => [e.by, e.target, e.from, e.to])).toEqual([
      ['Asha Patel', 'condition.validityCheck', null, 3],
      ['Ben Okafor', 'condition.validityCheck', 3, 1],
    ]);
  });

  it('adds a checkpoint naming every chain’s head every 20 entries', () => {
    const doc = new Y.Doc();
    perform(doc, ben, [{ kind: 'title', title: 'B' }]);
    perform(
      doc,
      asha,
      Array.from({ length: 20 }, (_, i) => ({ kind: 'title' as const, title: `T${i}` })),
    );
    const chain = readAssessment(doc, base).team?.history?.[asha.id] ?? [];
    const checkpoint = chain.find((e) => e.kind === 'checkpoint');
    expect(checkpoint?.heads?.[ben.id]?.seq).toBe(1);
    expect(checkpoint?.heads?.[asha.id]?.seq).toBe(20);
  });

  it('finds a tampered entry at the place it was changed (property)', () => {
    fc.assert(
      fc.property(
        fc.array(anyAction, { minLength: 1, maxLength: 6 }),
        fc.array(anyAction, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.boolean(),
        (a, b, pick, which) => {
          const history = historyOf({ a, b });
          const author = which ? asha.id : ben.id;
          const chain = history[author] ?? [];
          fc.pre(chain.length > 0);
          const index = pick % chain.length;
          const tampered = structuredClone(history);
          const entry = tampered[author]![index]!;
          tampered[author]![index] = { ...entry, to: entry.to === 'tampered' ? 'other' : 'tampered' };
          const verdict = verifyHistory(tampered);
          expect(verdict).toMatchObject({ intact: false, author, index, seq: index + 1 });
        },
      ),
      { numRuns: 80 },
    );
  });

  it('finds a removed entry, and a rewritten chain that others’ checkpoints recorded otherwise', () => {
    const history = historyOf({
      a: [
        { kind: 'value', question: 'condition.validityCheck', value: 3 },
        { kind: 'value', question: 'obstacle.adoption', value: 2 },
      ],
      b: [{ kind: 'title', title: 'B' }],
    });
    const removed = structuredClone(history);
    removed[asha.id]!.splice(0, 1);
    expect(verifyHistory(removed)).toMatchObject({ intact: false, author: asha.id, index: 0 });

    // Cleo checkpoints after seeing Asha's two entries; then Asha's whole chain is rewritten consistently.
    const doc = new Y.Doc();
    perform(doc, asha, [{ kind: 'value', question: 'condition.validityCheck', value: 3 }]);
    perform(
      doc,
      cleo,
      Array.from({ length: 20 }, (_, i) => ({ kind: 'title' as const, title: `T${i}` })),
    );
    const full = readAssessment(doc, base).team?.history ?? {};
    expect(verifyHistory(full).intact).toBe(true);
    const rewritten = structuredClone(full);
    const doc2 = new Y.Doc();
    perform(doc2, asha, [{ kind: 'value', question: 'condition.validityCheck', value: 4 }]);
    rewritten[asha.id] = readAssessment(doc2, base).team?.history?.[asha.id] ?? [];
    expect(verifyHistory(rewritten)).toMatchObject({
      intact: false,
      author: cleo.id,
      reason: expect.stringContaining(asha.id),
    });
  });
});
