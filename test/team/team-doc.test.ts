// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { validateAssessment } from '../../src/schema/validate-assessment';
import { verifyHistory } from '../../src/team/history';
import { applyChanges, readAssessment, readAttribution, seedDoc } from '../../src/team/team-doc';
import { anyAction, asha, base, ben, exchange, perform } from './team-fixtures';

describe('the team document', () => {
  it('reads back what was seeded, and the result is a valid assessment', () => {
    const doc = new Y.Doc();
    const seeded = {
      ...base,
      answers: { 'condition.validityCheck': { value: 2, note: 'Partners disagree' } },
      hazardLog: { keyLoss: { owner: 'CSO', likelihood: 2 } },
      team: { reviewer: 'Dr Rao', version: '1.0' },
    };
    seedDoc(doc, asha, seeded);
    const back = readAssessment(doc, base);
    expect(back.answers).toEqual(seeded.answers);
    expect(back.proposal).toEqual(seeded.proposal);
    expect(back.hazardLog).toEqual(seeded.hazardLog);
    expect(back.team?.reviewer).toBe('Dr Rao');
    expect(validateAssessment(back).ok).toBe(true);
  });

  it('shows who last set each answer and when', () => {
    const doc = new Y.Doc();
    perform(doc, asha, [{ kind: 'value', question: 'condition.validityCheck', value: 3 }]);
    perform(
      doc,
      ben,
      [{ kind: 'value', question: 'condition.validityCheck', value: 1 }],
      Date.parse('2026-12-01T12:00:00Z'),
    );
    expect(readAttribution(doc)['condition.validityCheck']).toEqual({
      by: 'Ben Okafor',
      at: '2026-12-01T12:00:00.000Z',
    });
  });

  it('keeps both people’s words when they type in different places of one note at the same time', () => {
    const a = new Y.Doc();
    perform(a, asha, [{ kind: 'note', question: 'condition.validityCheck', note: 'Start. End.' }]);
    const b = new Y.Doc();
    exchange(a, b);
    perform(a, asha, [{ kind: 'note', question: 'condition.validityCheck', note: 'Start, Asha. End.' }]);
    perform(b, ben, [{ kind: 'note', question: 'condition.validityCheck', note: 'Start. End, Ben.' }]);
    exchange(a, b);
    exchange(b, a);
    expect(readAssessment(a, base).answers['condition.validityCheck']?.note).toBe('Start, Asha. End, Ben.');
    expect(readAssessment(b, base)).toEqual(readAssessment(a, base));
  });

  it('merges concurrent edits to the same state whichever order the updates arrive in (property)', () => {
    fc.assert(
      fc.property(
        fc.array(anyAction, { maxLength: 8 }),
        fc.array(anyAction, { maxLength: 8 }),
        (mine, theirs) => {
          const a = new Y.Doc();
          const b = new Y.Doc();
          perform(a, asha, mine);
          perform(b, ben, theirs);
          const ua = Y.encodeStateAsUpdate(a);
          const ub = Y.encodeStateAsUpdate(b);
          const ab = new Y.Doc();
          Y.applyUpdate(ab, ua);
          Y.applyUpdate(ab, ub);
          const ba = new Y.Doc();
          Y.applyUpdate(ba, ub);
          Y.applyUpdate(ba, ua);
          expect(readAssessment(ab, base)).toEqual(readAssessment(ba, base));
          // Each person's history chain survives the merge whole.
          expect(verifyHistory(readAssessment(ab, base).team?.history ?? {}).intact).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('merges an edit made offline when the two meet again', () => {
    const a = new Y.Doc();
    perform(a, asha, [{ kind: 'value', question: 'condition.validityCheck', value: 2 }]);
    const b = new Y.Doc();
    exchange(a, b);
    // b is offline: both go on editing.
    perform(b, ben, [{ kind: 'value', question: 'obstacle.adoption', value: 4 }]);
    perform(a, asha, [{ kind: 'title', title: 'Renamed' }]);
    exchange(b, a);
    exchange(a, b);
    const merged = readAssessment(a, base);
    expect(merged.answers['obstacle.adoption']?.value).toBe(4);
    expect(merged.proposal.title).toBe('Renamed');
    expect(readAssessment(b, base)).toEqual(merged);
  });
});

describe('the history of the hazard log', () => {
  it('records a change to any field of an entry, proposed controls and residual likelihood included', () => {
    const doc = new Y.Doc();
    seedDoc(doc, asha, base);
    const before = readAssessment(doc, base);
    const after = {
      ...before,
      hazardLog: {
        keyLoss: {
          controls: 'Key escrow',
          proposedControls: 'Two-person recovery',
          residualLikelihood: 2,
          owner: 'CSO',
          likelihood: 3,
          severity: 4,
        },
      },
    };
    applyChanges(doc, asha, before, after, new Date('2026-12-01T12:00:00Z'));
    const changed = (readAssessment(doc, base).team?.history?.[asha.id] ?? [])
      .filter((e) => e.kind === 'hazard')
      .map((e) => [e.target, e.to]);
    expect(changed).toEqual([
      ['keyLoss.controls', 'Key escrow'],
      ['keyLoss.proposedControls', 'Two-person recovery'],
      ['keyLoss.likelihood', 3],
      ['keyLoss.severity', 4],
      ['keyLoss.residualLikelihood', 2],
      ['keyLoss.owner', 'CSO'],
    ]);
    expect(readAssessment(doc, base).hazardLog).toEqual(after.hazardLog);
  });
});
