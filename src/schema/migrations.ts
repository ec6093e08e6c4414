import { type Migration, migrate } from '@/lib/migrate';
import type { ParseResult } from '@/lib/parse-result';
import { currentSchemaVersion } from './assessment-schema';

/**
 * migrations[n] turns a file of schema n into schema n + 1 (and sets schemaVersion). Version 1 is the first
 * published schema, so there are none yet; every schema change adds one here and a test with a saved file
 * of the old version.
 */
const migrations: Record<number, Migration> = {};

export function migrateFile(
  file: Record<string, unknown>,
  fromVersion: number,
): ParseResult<Record<string, unknown>> {
  return migrate(file, fromVersion, currentSchemaVersion, migrations);
}
