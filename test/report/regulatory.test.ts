import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guidanceFor } from '../../src/framework/guidance';
import { regulatoryProfiles } from '../../src/framework/regulatory-profiles';
import { boardPaper } from '../../src/report/board-paper';
import { buildReport } from '../../src/report/build-report';
import { hazardLog, hazardLogCsv } from '../../src/report/hazard-log';
import type { Assessment } from '../../src/schema/assessment-schema';
import { mostlyKnownAnswers } from '../engine/answers-fixtures';
import { dischargeSummaries } from '../scenarios/scenarios';

const proposal = (settings: Assessment['proposal']['settings']): Assessment['proposal'] => ({
  title: 'Discharge summaries',
  organisations: '',
  assessor: '',
  date: '',
  description: '',
  ...(settings ? { settings } : {}),
});
const dutyNames = (setting: string) =>
  regulatoryProfiles.find((p) => p.setting === setting)!.duties.map((d) => d.name);
const pdfText = (settings: Assessment['proposal']['settings']) =>
  JSON.stringify(boardPaper(buildReport({ answers: dischargeSummaries, proposal: proposal(settings) }), []));

describe('regulatory checks', () => {
  it.each(['ukNhs', 'us', 'eu'] as const)(
    'a %s-only assessment names its own duties and none of another’s',
    (setting) => {
      const report = buildReport({ answers: dischargeSummaries, proposal: proposal([setting]) });
      expect(report.regulatory.profiles.map((p) => p.setting)).toEqual([setting]);
      const pdf = pdfText([setting]);
      for (const name of dutyNames(setting)) expect(pdf).toContain(name);
      for (const other of ['ukNhs', 'us', 'eu'].filter((s) => s !== setting))
        for (const name of dutyNames(other)) expect(pdf).not.toContain(name);
      expect(report.hazardLog.length > 0).toBe(setting === 'ukNhs');
    },
  );

  it('a US-only assessment never mentions DCB0160, in the result or in the help', () => {
    expect(pdfText(['us'])).not.toMatch(/DCB0160|DCB0129/);
    expect(JSON.stringify(guidanceFor('obstacle.qualitySafety', ['us']))).not.toMatch(/DCB0|CQC/);
    expect(JSON.stringify(guidanceFor('obstacle.qualitySafety', ['ukNhs']))).toMatch(/DCB0160/);
  });

  it('UK and EU together carry both profiles, and the next steps of both', () => {
    const report = buildReport({ answers: dischargeSummaries, proposal: proposal(['ukNhs', 'eu']) });
    expect(report.regulatory.profiles.map((p) => p.setting)).toEqual(['ukNhs', 'eu']);
    expect(report.regulatory.nextSteps).toEqual(
      expect.arrayContaining(['Complete a DPIA', 'Appoint a Clinical Safety Officer']),
    );
  });

  it.each(['ukNhs', 'us', 'eu'] as const)(
    'identifiable data on the ledger raises the rectification and erasure item in %s',
    (setting) => {
      const report = buildReport({ answers: dischargeSummaries, proposal: proposal([setting]) });
      const implications = report.regulatory.profiles.flatMap((p) => p.duties.flatMap((d) => d.implications));
      expect(implications.join(' ')).toMatch(/erasure|amend/i);
      const hashesOnly = buildReport({
        answers: { ...dischargeSummaries, 'proposal.onChainData': { value: 'hashesOnly' } },
        proposal: proposal([setting]),
      });
      const after = hashesOnly.regulatory.profiles
        .flatMap((p) => p.duties.flatMap((d) => d.implications))
        .join(' ');
      expect(after).not.toMatch(
        /append-only ledger: rectification|sit on an append-only|would be stored on-chain/,
      );
    },
  );

  it('with no setting chosen, says so and lists no duties', () => {
    const report = buildReport({ answers: dischargeSummaries, proposal: proposal(undefined) });
    expect(report.regulatory.noProfile).toBe(true);
    expect(report.hazardLog).toEqual([]);
  });
});

describe('the draft hazard log', () => {
  it('never lowers a row’s risk when an obstacle becomes more severe', () => {
    const obstacleIds = [
      'obstacle.adoption',
      'obstacle.interoperability',
      'obstacle.governance',
      'obstacle.dataSecurity',
      'obstacle.qualitySafety',
      'obstacle.humanFactors',
    ];
    fc.assert(
      fc.property(mostlyKnownAnswers, fc.constantFrom(...obstacleIds), (answers, id) => {
        const v = answers[id]?.value;
        if (typeof v !== 'number' || v === 4) return;
        const before = hazardLog(answers);
        const after = hazardLog({ ...answers, [id]: { value: v + 1 } });
        for (const [i, row] of before.entries()) expect(after[i]!.risk).toBeGreaterThanOrEqual(row.risk);
      }),
      { numRuns: 500 },
    );
  });

  it('follows the answers, takes the assessor’s scores, and every row is marked a draft', () => {
    const rows = hazardLog(dischargeSummaries);
    expect(rows.map((r) => r.id)).toEqual([
      'immutableWrongEntry',
      'hashDivergence',
      'keyLoss',
      'consensusOutage',
      'contractRejectsValid',
      'timestampDispute',
    ]);
    for (const r of rows) expect(r.status).toBe('Draft for the Clinical Safety Officer’s review');
    const edited = hazardLog(dischargeSummaries, {
      keyLoss: { likelihood: 1, severity: 5, owner: 'CSO', controls: 'Key escrow' },
    });
    expect(edited[2]).toMatchObject({
      likelihood: 1,
      severity: 5,
      risk: 5,
      owner: 'CSO',
      existingControls: 'Key escrow',
    });
  });

  it('exports as CSV that a spreadsheet reads as text, not formulas', () => {
    const csv = hazardLogCsv(hazardLog(dischargeSummaries, { keyLoss: { controls: '=HYPERLINK("x")' } }));
    expect(csv.split('\r\n')[0]).toMatch(/^Hazard,Cause,Effect,Existing controls/);
    expect(csv.trim().split('\r\n')).toHaveLength(7);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
