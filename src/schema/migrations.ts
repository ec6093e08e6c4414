import { currentSchemaVersion } from './assessment-schema';

type Migration = (file: Record<string, unknown>) => Record<string, unknown>;

/**
 * migrations[n] turns a file of schema n into schema n + 1. Version 1 is the first published schema,
 * so there are none yet; every schema change adds one here and a test with a saved file of the old version.
 */
const migrations: Record<number, Migration> = {};

export function migrateFile(file: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  let current = file;
  for (let v = fromVersion; v < currentSchemaVersion; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`No migration from schema ${v}`);
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return current;
}
