// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { workedExamples } from '../../src/framework/examples';
import { currentSchemaVersion, type NeedsRepair } from '../../src/schema/assessment-schema';
import { exampleToAssessment } from '../../src/schema/example-assessment';
import { exportFileText, fileEnvelope, needsRepairFileText } from '../../src/schema/export-file';
import { migrateFile, settingToSettings } from '../../src/schema/migrations';
import {
  maxFileBytes,
  parseAssessmentData,
  parseAssessmentFile,
} from '../../src/schema/parse-assessment-file';

/**
 * #25: the file every export, share link and repair download carries, and what import refuses, each with the
 * exact sentence shown; older files migrate and load.
 */
const ehr = exampleToAssessment(workedExamples[0]!);
const at = new Date('2026-12-02T10:00:00.000Z');
const refused = (...problems: string[]) => ({ ok: false, problems });
const kept: NeedsRepair = {
  record: { id: 7 },
  problems: ['id: must be text'],
  foundAt: '2026-12-01T09:00:00.000Z',
};

describe('the file envelope', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is the format, the schema version and the assessments, and nothing else unless given', () => {
    expect(fileEnvelope([ehr])).toEqual({
      format: 'ledger-fit',
      schemaVersion: currentSchemaVersion,
      assessments: [ehr],
    });
    expect(Object.keys(fileEnvelope([ehr], { needsRepair: [] }))).toEqual([
      'format',
      'schemaVersion',
      'assessments',
    ]);
    expect(fileEnvelope([], { exportedAt: at, needsRepair: [kept] })).toEqual({
      format: 'ledger-fit',
      schemaVersion: currentSchemaVersion,
      exportedAt: '2026-12-02T10:00:00.000Z',
      assessments: [],
      needsRepair: [kept],
    });
  });

  it('is written as indented JSON with the time of export and a final newline', () => {
    expect(exportFileText([], at)).toBe(
      `{\n  "format": "ledger-fit",\n  "schemaVersion": ${currentSchemaVersion},\n  "exportedAt": "2026-12-02T10:00:00.000Z",\n  "assessments": []\n}\n`,
    );
  });

  it('carries records kept for repair as a file that imports back into the repair list', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at);
    const text = needsRepairFileText([kept]);
    expect(JSON.parse(text)).toEqual({
      format: 'ledger-fit',
      schemaVersion: currentSchemaVersion,
      exportedAt: '2026-12-02T10:00:00.000Z',
      assessments: [],
      needsRepair: [kept],
    });
    expect(parseAssessmentFile(text)).toEqual({ ok: true, data: JSON.parse(text) });
  });
});

describe('a file of schema 1', () => {
  it('turns the single setting into the list of settings; an empty or null one into none', () => {
    const proposal = { title: 'T', date: '' };
    expect(settingToSettings({ id: 'a', proposal: { ...proposal, setting: 'us' } })).toEqual({
      id: 'a',
      proposal: { ...proposal, settings: ['us'] },
    });
    expect(settingToSettings({ id: 'a', proposal: { ...proposal, setting: '' } })).toEqual({
      id: 'a',
      proposal,
    });
    expect(settingToSettings({ id: 'a', proposal: { ...proposal, setting: null } })).toEqual({
      id: 'a',
      proposal,
    });
    expect(settingToSettings({ id: 'a', proposal })).toEqual({ id: 'a', proposal });
  });

  it('migrates the records kept for repair too, leaving what is not a record for validation', () => {
    const migrated = migrateFile(
      {
        format: 'ledger-fit',
        schemaVersion: 1,
        assessments: [],
        needsRepair: [
          { record: { proposal: { setting: 'eu' } }, problems: ['p'], foundAt: 'f' },
          'not a record',
        ],
      },
      1,
    );
    expect(migrated).toEqual({
      ok: true,
      data: {
        format: 'ledger-fit',
        schemaVersion: currentSchemaVersion,
        assessments: [],
        needsRepair: [
          { record: { proposal: { settings: ['eu'] } }, problems: ['p'], foundAt: 'f' },
          'not a record',
        ],
      },
    });
  });

  it('loads, with its assessments and its repair list migrated', () => {
    const { settings, ...proposal } = ehr.proposal;
    const v1 = { ...ehr, proposal: { ...proposal, setting: settings![0] } };
    const file = {
      format: 'ledger-fit',
      schemaVersion: 1,
      assessments: [v1],
      needsRepair: [{ ...kept, record: { proposal: { setting: 'us' } } }],
    };
    expect(parseAssessmentData(file)).toEqual({
      ok: true,
      data: {
        format: 'ledger-fit',
        schemaVersion: currentSchemaVersion,
        assessments: [ehr],
        needsRepair: [{ ...kept, record: { proposal: { settings: ['us'] } } }],
      },
    });
  });
});

describe('importing a file', () => {
  it.each([
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"ledger-fit"'],
    ['a list', '[{"format":"ledger-fit"}]'],
  ])('refuses %s: a file is a JSON object', (_name, text) => {
    expect(parseAssessmentFile(text)).toEqual(
      refused('The file is not a Ledger Fit file: expected a JSON object.'),
    );
  });

  it('refuses text that is not JSON, quoting the reason', () => {
    expect(parseAssessmentFile('{"format": ')).toEqual(
      refused(expect.stringMatching(/^The file is not valid JSON \(.+\)\.$/) as unknown as string),
    );
  });

  it.each([
    ['missing', undefined],
    ['text', '1'],
    ['a fraction', 1.5],
    ['zero', 0],
    ['negative', -1],
  ])('refuses a schema version that is %s', (_name, schemaVersion) => {
    expect(parseAssessmentData({ format: 'ledger-fit', schemaVersion, assessments: [] })).toEqual(
      refused('"schemaVersion" must be a whole number from 1.'),
    );
  });

  it('reads a file of exactly 5 MB and refuses one character more, before parsing it', () => {
    const text = exportFileText([ehr], at);
    const padded = text + ' '.repeat(maxFileBytes - text.length);
    expect(padded.length).toBe(5 * 1024 * 1024);
    expect(parseAssessmentFile(padded)).toEqual({ ok: true, data: JSON.parse(text) });
    expect(parseAssessmentFile(`${padded} `)).toEqual(refused('The file is too large (over 5 MB).'));
  });

  it('lists at most 20 problems of shape, each with its path in the file', () => {
    const result = parseAssessmentData({
      format: 'ledger-fit',
      schemaVersion: 1,
      assessments: Array(25).fill({}),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(20);
      expect(result.problems[0]).toBe(
        'file.assessments.0.id: Invalid input: expected string, received undefined',
      );
    }
  });

  it('lists at most 20 answers to questions it does not ask, each with its path in the file', () => {
    const answers = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`madeUp${i}`, { value: 1 }]));
    const result = parseAssessmentData(JSON.parse(exportFileText([{ ...ehr, answers }], at)));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(20);
      expect(result.problems[0]).toBe(
        'file.assessments.0.answers.madeUp0: there is no question with this id',
      );
      expect(result.problems[19]).toBe(
        'file.assessments.0.answers.madeUp19: there is no question with this id',
      );
    }
  });
});
