import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildReport } from '../../src/report/build-report';
import { exportFileText } from '../../src/schema/export-file';
import { parseAssessmentFile } from '../../src/schema/parse-assessment-file';
import { verifyHistory } from '../../src/team/history';
import { importedHistoryProblems } from '../../src/team/imported-history';
import { newSigningKey, signAssessment } from '../../src/team/signing';
import { readAssessment } from '../../src/team/team-doc';
import { asha, base, perform } from '../team/team-fixtures';

// Files exactly as this app published them at schema 3 (public/files/examples before schema 4).
const v3 = (name: string) => readFileSync(`test/fixtures/v3/${name}.json`, 'utf8');

describe('files from schema 3', () => {
  it.each([
    ['patient-records', 'weakFit'],
    ['medicine-supply-chain', 'conditionalFit'],
  ])('%s (schema 3) loads as schema 4 unchanged, and scores', (name, band) => {
    const text = v3(name);
    expect(JSON.parse(text)).toMatchObject({ schemaVersion: 3 });
    const parsed = parseAssessmentFile(text);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(parsed.data.schemaVersion).toBe(4);
    const [assessment] = parsed.data.assessments;
    expect(assessment).toEqual(JSON.parse(text).assessments[0]);
    expect(buildReport(assessment!).band).toBe(band);
  });
});

async function teamAssessment() {
  const doc = new Y.Doc();
  perform(doc, asha, [
    { kind: 'value', question: 'condition.validityCheck', value: 3 },
    { kind: 'note', question: 'condition.validityCheck', note: 'Checked by the lab' },
  ]);
  const assessment = readAssessment(doc, base);
  const key = await newSigningKey();
  const signature = await signAssessment(assessment, key, 'reviewer', 'Dr Rao');
  return {
    ...assessment,
    team: { ...assessment.team, reviewer: 'Dr Rao', version: '1.0', signatures: [signature] },
  };
}

describe('schema 4: the team record travels in the file', () => {
  it('reviewer, version, signatures with public keys and the history export and import whole', async () => {
    const assessment = await teamAssessment();
    const parsed = parseAssessmentFile(exportFileText([assessment]));
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const [back] = parsed.data.assessments;
    expect(back).toEqual(assessment);
    expect(verifyHistory(back?.team?.history ?? {}).intact).toBe(true);
    expect(importedHistoryProblems(parsed.data.assessments)).toEqual([]);
  });

  it('a file whose history was edited imports, with a clear message naming the broken entry', async () => {
    const assessment = await teamAssessment();
    const file = JSON.parse(exportFileText([assessment]));
    file.assessments[0].team.history[asha.id][0].to = 1;
    const parsed = parseAssessmentFile(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(importedHistoryProblems(parsed.data.assessments)).toEqual([
      '“Shared records”: its history is not intact (Asha Patel’s change 1: its content does not match its hash). It is kept, shown as unverified.',
    ]);
  });

  it('refuses a signature that is not shaped as one, saying where', () => {
    const file = JSON.parse(exportFileText([{ ...base, team: { signatures: [{ role: 'boss' }] } } as never]));
    const parsed = parseAssessmentFile(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.join('\n')).toContain('file.assessments.0.team.signatures.0');
  });
});
