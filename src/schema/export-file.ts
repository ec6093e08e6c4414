import { type Assessment, currentSchemaVersion, fileFormat } from './assessment-schema';
import { ledgerFitFileName } from './file-name';

/** The JSON text of an export file: the same versioned schema `npm run assess` and import read. */
export function exportFileText(assessments: readonly Assessment[], exportedAt = new Date()): string {
  return `${JSON.stringify({ format: fileFormat, schemaVersion: currentSchemaVersion, exportedAt: exportedAt.toISOString(), assessments }, null, 2)}\n`;
}

export function exportFileName(what: string, date = new Date()): string {
  return ledgerFitFileName(what, date, 'json', 'assessment');
}
