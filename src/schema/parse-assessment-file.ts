import type { ParseResult } from '@/lib/parse-result';
import { answerDomainProblems } from './answer-domain';
import {
  type AssessmentFile,
  assessmentFileSchema,
  currentSchemaVersion,
  fileFormat,
} from './assessment-schema';
import { migrateFile } from './migrations';

export const maxFileBytes = 5 * 1024 * 1024;
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

function findForbiddenKey(value: unknown, path: string, depth: number): string | undefined {
  if (depth > 12) return `${path}: nested too deeply`;
  if (value === null || typeof value !== 'object') return undefined;
  for (const key of Object.keys(value)) {
    if (forbiddenKeys.has(key)) return `${path}.${key}: this key is not allowed`;
    const found = findForbiddenKey((value as Record<string, unknown>)[key], `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Validates parsed JSON as a Ledger Fit file, migrating older versions. Never throws. */
export function parseAssessmentData(raw: unknown): ParseResult<AssessmentFile> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, problems: ['The file is not a Ledger Fit file: expected a JSON object.'] };
  }
  const forbidden = findForbiddenKey(raw, 'file', 0);
  if (forbidden) return { ok: false, problems: [forbidden] };
  const record = raw as Record<string, unknown>;
  if (record.format !== fileFormat) {
    return { ok: false, problems: [`The file is not a Ledger Fit file: "format" must be "${fileFormat}".`] };
  }
  const version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problems: ['"schemaVersion" must be a whole number from 1.'] };
  }
  if (version > currentSchemaVersion) {
    return {
      ok: false,
      problems: [
        `The file was made by a newer version of Ledger Fit (schema ${version}; this app reads up to ${currentSchemaVersion}). Update the app to open it.`,
      ],
    };
  }
  const migrated = migrateFile(record, version);
  if (!migrated.ok) return migrated;
  const parsed = assessmentFileSchema.safeParse(migrated.data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 20).map((issue) => {
        const path = ['file', ...issue.path.map(String)].join('.');
        return `${path}: ${issue.message}`;
      }),
    };
  }
  const problems = parsed.data.assessments.flatMap((a, i) =>
    answerDomainProblems(a.answers, `file.assessments.${i}.answers`),
  );
  const ids = parsed.data.assessments.map((a) => a.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) problems.push(`file.assessments: the id "${duplicate}" appears more than once`);
  return problems.length > 0
    ? { ok: false, problems: problems.slice(0, 20) }
    : { ok: true, data: parsed.data };
}

/** Parses the text of a file. Never throws. */
export function parseAssessmentFile(text: string): ParseResult<AssessmentFile> {
  if (text.length > maxFileBytes) {
    return { ok: false, problems: [`The file is too large (over ${maxFileBytes / 1024 / 1024} MB).`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`The file is not valid JSON (${(error as Error).message}).`] };
  }
  return parseAssessmentData(raw);
}
