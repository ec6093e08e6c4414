import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findExample } from '../../src/framework/examples';
import { buildReport } from '../../src/report/build-report';
import { exampleToAssessment } from '../../src/schema/example-assessment';
import { anyAnswers, mostlyKnownAnswers } from '../engine/answers-fixtures';
import { propertyRuns } from '../engine/property-runs';

const recommend = (id: string) => buildReport(exampleToAssessment(findExample(id)!)).recommendation;

describe('the board recommendation', () => {
  it('tells the board not to proceed with the EHR ledger, and names what would serve better', () => {
    expect(recommend('patient-records')).toBe(
      'Do not proceed with a distributed ledger as proposed; pursue hash anchoring with off-chain storage instead unless the gaps named with this verdict are closed.',
    );
  });

  it('lets the credentials example proceed to design, never straight to a contract', () => {
    expect(recommend('professional-credentials')).toMatch(
      /^Proceed to a detailed design of .*before any contract\./,
    );
  });

  it('never says proceed beyond a pilot unless the band is a strong fit, and never says no for want of answers', () => {
    fc.assert(
      fc.property(fc.oneof(anyAnswers, mostlyKnownAnswers), (answers) => {
        const report = buildReport({ answers });
        const r = report.recommendation;
        if (report.band === 'undetermined') expect(r).toMatch(/^Do not decide yet/);
        else if (report.band === 'strongFit') expect(r).toMatch(/^Proceed to a detailed design/);
        else if (report.band === 'conditionalFit') expect(r).toMatch(/^Proceed no further than a pilot/);
        else expect(r).toMatch(/^Do not (adopt|proceed)/);
        expect(r.includes('(Provisional')).toBe(report.provisional && report.band !== 'undetermined');
      }),
      { numRuns: propertyRuns(200) },
    );
  });
});
