import { type Assessment, currentSchemaVersion, fileFormat } from './assessment-schema';

/** The JSON text of an export file: the same versioned schema `npm run assess` and import read. */
export function exportFileText(assessments: readonly Assessment[], exportedAt = new Date()): string {
  return `${JSON.stringify({ format: fileFormat, schemaVersion: currentSchemaVersion, exportedAt: exportedAt.toISOString(), assessments }, null, 2)}\n`;
}

export function exportFileName(what: string, date = new Date()): string {
  const slug = what
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'assessment'}-ledger-fit-${date.toISOString().slice(0, 10)}.json`;
}
