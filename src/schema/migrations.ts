import { isRecord } from '@/lib/is-record';
import { type Migration, migrate } from '@/lib/migrate';
import type { ParseResult } from '@/lib/parse-result';
import { currentSchemaVersion } from './assessment-schema';

/**
 * Schema 1 → 2 for one assessment: the single `setting` becomes the list `settings`, since partners can span
 * jurisdictions and each brings its own regulatory profile. Anything else is left for validation to judge.
 */
export function settingToSettings(assessment: unknown): unknown {
  if (!isRecord(assessment) || !isRecord(assessment.proposal) || !('setting' in assessment.proposal))
    return assessment;
  const { setting, ...proposal } = assessment.proposal;
  return {
    ...assessment,
    proposal: {
      ...proposal,
      ...(typeof setting === 'string' && setting !== '' ? { settings: [setting] } : {}),
    },
  };
}

/**
 * migrations[n] turns a file of schema n into schema n + 1 (and sets schemaVersion). Every schema change adds
 * one here and a test with a saved file of the old version (test/fixtures/v1 holds files as published).
 */
const migrations: Record<number, Migration> = {
  1: (file) => ({
    ...file,
    schemaVersion: 2,
    assessments: Array.isArray(file.assessments) ? file.assessments.map(settingToSettings) : file.assessments,
    ...(Array.isArray(file.needsRepair)
      ? {
          needsRepair: file.needsRepair.map((e) =>
            isRecord(e) ? { ...e, record: settingToSettings(e.record) } : e,
          ),
        }
      : {}),
  }),
  // Schema 3 adds the optional workshop ratings: a schema 2 file is a valid schema 3 file as it stands.
  2: (file) => ({ ...file, schemaVersion: 3 }),
  // Schema 4 adds the optional team record (reviewer, version, signatures, history): likewise unchanged.
  3: (file) => ({ ...file, schemaVersion: 4 }),
};

export function migrateFile(
  file: Record<string, unknown>,
  fromVersion: number,
): ParseResult<Record<string, unknown>> {
  return migrate(file, fromVersion, currentSchemaVersion, migrations);
}
