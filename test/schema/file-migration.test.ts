// @vitest-environment jsdom
// (saved state lives in localStorage; `npm run mutate` runs the other unit tests in Node's own environment)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report';
import { currentSchemaVersion } from '../../src/schema/assessment-schema';
import { parseAssessmentFile } from '../../src/schema/parse-assessment-file';
import { storageKey, useAssessmentsStore } from '../../src/store/assessments-store';

// Files exactly as this app published them at schema 1 (public/examples before schema 2).
const v1 = (name: string) => readFileSync(`test/fixtures/v1/${name}.json`, 'utf8');

// Files exactly as this app published them at schema 2 (public/files/examples before schema 3).
const v2 = (name: string) => readFileSync(`test/fixtures/v2/${name}.json`, 'utf8');

describe('files from schema 2', () => {
  it.each([
    ['patient-records', 'weakFit'],
    ['medicine-supply-chain', 'conditionalFit'],
  ])('%s (schema 2) loads as the current schema unchanged, and scores', (name, band) => {
    const text = v2(name);
    expect(JSON.parse(text)).toMatchObject({ schemaVersion: 2 });
    const parsed = parseAssessmentFile(text);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(parsed.data.schemaVersion).toBe(currentSchemaVersion);
    const [assessment] = parsed.data.assessments;
    expect(assessment).toEqual(JSON.parse(text).assessments[0]);
    expect(buildReport(assessment!).band).toBe(band);
  });
});

describe('files and saved state from schema 1', () => {
  it.each([
    ['patient-records', ['ukNhs'], 'weakFit'],
    ['professional-credentials', ['us'], 'strongFit'],
    ['medicine-supply-chain', ['us'], 'conditionalFit'],
  ])('%s (schema 1) loads with its setting as a list, and scores', (name, settings, band) => {
    const text = v1(name);
    expect(JSON.parse(text)).toMatchObject({ schemaVersion: 1 });
    expect(text).toContain('"setting"');
    const parsed = parseAssessmentFile(text);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(parsed.data.schemaVersion).toBe(currentSchemaVersion);
    const [assessment] = parsed.data.assessments;
    expect(assessment?.proposal.settings).toEqual(settings);
    expect(assessment?.proposal).not.toHaveProperty('setting');
    expect(buildReport(assessment!).band).toBe(band);
  });

  it('saved state of version 2 (one setting per assessment) loads as settings lists', async () => {
    const [assessment] = JSON.parse(v1('patient-records')).assessments;
    localStorage.setItem(
      storageKey,
      JSON.stringify({
        state: { assessments: { [assessment.id]: assessment }, lastPage: {}, needsRepair: {} },
        version: 2,
      }),
    );
    await useAssessmentsStore.persist.rehydrate();
    expect(useAssessmentsStore.getState().assessments[assessment.id]?.proposal.settings).toEqual(['ukNhs']);
    expect(useAssessmentsStore.getState().needsRepair).toEqual({});
  });
});
