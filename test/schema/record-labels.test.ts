import { describe, expect, it } from 'vitest';
import { hazardName, quoted, recordFieldName } from '../../src/schema/record-labels';

const consent = 'A stale or wrong consent preference is acted on';
const team = 'The team record (reviewer, version, sign-offs and history)';

describe('the parts of a saved record by the names the user knows', () => {
  it.each([
    [['proposal', 'title'], 'Title of the proposal'],
    [['proposal', 'settings', 0], 'Settings'],
    [['proposal', 'ledgerHolds', 1], 'What would the ledger hold?'],
    [['proposal', 'directCare'], 'Would it be used in the direct care of patients?'],
    [['proposal', 'budget'], 'The proposal'],
    [['proposal'], 'The proposal'],
    [['answers', 'condition.commonInterest'], 'The answer to “C1 Common interest”'],
    [['answers', 'condition.commonInterest', 'value'], 'The answer to “C1 Common interest”'],
    [['answers', 'condition.commonInterest', 'note'], 'The note for “C1 Common interest”'],
    [['answers', 'x.unknown'], 'The answer to “x.unknown”'],
    [['hazardLog', 'consentStaleOrWrong', 'owner'], `Hazard log, ${consent}: owner`],
    [
      ['hazardLog', 'consentStaleOrWrong', 'residualLikelihood'],
      `Hazard log, ${consent}: residual likelihood`,
    ],
    [['hazardLog', 'consentStaleOrWrong', 'colour'], `Hazard log, ${consent}`],
    [['hazardLog', 'consentStaleOrWrong'], `Hazard log, ${consent}`],
    [['hazardLog', 'noSuchHazard'], 'Hazard log, “noSuchHazard”'],
    [['hazardLog'], 'The hazard log'],
    [['workshop', 'ratings', 'obstacle.adoption', 'total'], 'The workshop’s rating of O1 Adoption'],
    [['workshop', 'ratings', 'x.unknown'], 'The workshop’s rating of “x.unknown”'],
    [['workshop', 'ratings'], 'The workshop’s ratings'],
    [['workshop', 'heldOn'], 'The date the workshop was held'],
    [['workshop'], 'The workshop’s ratings'],
    [['team', 'signatures', 0, 'role'], 'The team record, sign-off 1 (role)'],
    [['team', 'signatures', 2], 'The team record, sign-off 3'],
    [['team', 'signatures'], team],
    [['team', 'reviewer'], team],
    [['id'], 'Its id'],
    [['createdAt'], 'Its “created” time'],
    [['updatedAt'], 'Its “last changed” time'],
    [['exampleId'], 'The worked example it was copied from'],
    [['colour'], 'The record'],
    [[], 'The record'],
  ] as const)('%j is “%s”', (path, name) => expect(recordFieldName(path)).toBe(name));

  it('names a hazard by its words, or quotes an id it does not know, cut at 64 characters', () => {
    expect(hazardName('consentStaleOrWrong')).toBe(consent);
    expect(hazardName('x'.repeat(64))).toBe(`“${'x'.repeat(64)}”`);
    expect(hazardName('x'.repeat(65))).toBe(`“${'x'.repeat(64)}…”`);
  });

  it('quotes text up to the limit, marking a cut with an ellipsis', () => {
    expect(quoted('abc', 3)).toBe('“abc”');
    expect(quoted('abcd', 3)).toBe('“abc…”');
    expect(quoted('', 3)).toBe('“”');
  });
});
