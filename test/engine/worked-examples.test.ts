import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess';
import { findExample, workedExamples } from '../../src/framework/examples';
import { exampleToAssessment } from '../../src/schema/example-assessment';
import { completeAnswers, passingPrescreen } from './answers-fixtures';

const resultOf = (id: string) => {
  const example = findExample(id);
  if (!example) throw new Error(`no example ${id}`);
  return assess(exampleToAssessment(example).answers);
};

describe('the worked examples', () => {
  it.each(workedExamples.filter((e) => e.expectedBands).map((e) => [e.id, e]))(
    'reaches the verdict the framework expects for %s',
    (_id, example) => {
      const result = assess(exampleToAssessment(example).answers);
      expect(example.expectedBands).toContain(result.band);
      expect(result.provisional).toBe(false);
    },
  );

  it("rates the seed's EHR example a weak fit or no fit, because of confidentiality and semantics", () => {
    const result = resultOf('patient-records');
    expect(['notAFit', 'weakFit']).toContain(result.band);
    const decisive = result.reasons.filter((r) => r.kind === 'gate' || r.kind === 'cap');
    const named = decisive.flatMap((r) => r.questionIds);
    expect(named).toContain('condition.nonConfidential');
    expect(named).toContain('condition.semanticInteroperability');
    expect(result.architecture).toMatchObject({ kind: 'alternative', architecture: 'hashAnchoring' });
  });

  it('leaves the EHR verdict open where the seed is silent', () => {
    const result = resultOf('patient-records');
    expect(result.confidence.unknownQuestionIds).toContain('condition.governanceIncentives');
    expect(result.confidence.pivotalQuestionIds).toContain('prescreen.trustedOperator');
    expect(result.confidence.level).not.toBe('high');
  });

  it('rates professional credentials a good fit for a permissioned ledger', () => {
    const result = resultOf('professional-credentials');
    expect(['strongFit', 'conditionalFit']).toContain(result.band);
    expect(result.architecture).toMatchObject({ kind: 'fits', architecture: 'permissionedLedger' });
  });

  it('fits the hash-anchored audit trail to hash anchoring, not record pooling', () => {
    const result = resultOf('hash-anchored-audit-trail');
    expect(result.architecture).toMatchObject({ kind: 'fits', architecture: 'hashAnchoring' });
  });
});

describe('the pre-screen', () => {
  const passing = passingPrescreen;

  it('fails a single-writer proposal and offers a conventional database', () => {
    const result = assess(
      completeAnswers({ ...passing, 'proposal.writerCount': 'one', 'prescreen.tamperEvidentLog': 'no' }),
    );
    expect(result.band).toBe('notAFit');
    expect(result.prescreenFailures[0]?.questionId).toBe('proposal.writerCount');
    expect(result.architecture).toMatchObject({ kind: 'alternative', architecture: 'centralDatabase' });
    expect(result.reasons[0]?.questionIds).toContain('proposal.writerCount');
  });

  it('offers an audit-logged database to a single writer that needs a tamper-evident log', () => {
    const result = assess(completeAnswers({ ...passing, 'proposal.writerCount': 'one' }));
    expect(result.band).toBe('notAFit');
    expect(result.architecture.architecture).toBe('databaseWithAuditLog');
  });

  it('offers a trusted registry when every writer accepts one operator', () => {
    const result = assess(completeAnswers({ ...passing, 'prescreen.trustedOperator': 'yes' }));
    expect(result.band).toBe('notAFit');
    expect(result.architecture.architecture).toBe('trustedRegistry');
  });

  it('says an ordinary shared database suffices when validity cannot be checked automatically', () => {
    const answers = completeAnswers({ ...passing, 'condition.validityCheck': 0 });
    const result = assess(answers);
    expect(result.band).toBe('notAFit');
    expect(result.architecture.architecture).toBe('sharedDatabase');
  });

  it('gives no band from one answer: it says what to find out first', () => {
    const result = assess({ 'proposal.writerCount': { value: 'many' } });
    expect(result.provisional).toBe(true);
    expect(result.evidence.sufficient).toBe(false);
    expect(result.evidence.missingQuestionIds).toContain('condition.nonConfidential');
    expect(result.summary).toMatch(/^Not enough answers yet/);
  });

  it('marks a result with some unanswered questions provisional', () => {
    const answers = exampleToAssessment(findExample('professional-credentials')!).answers;
    const { 'obstacle.humanFactors': _gone, ...fewer } = answers;
    const result = assess(fewer);
    expect(result.evidence.sufficient).toBe(true);
    expect(result.summary).toMatch(/^Provisional \(1 question not yet answered\)/);
  });
});
