import { type Assessment, currentSchemaVersion, fileFormat, type NeedsRepair } from './assessment-schema';
import { ledgerFitFileName } from './file-name';

/** The JSON text of an export file: the same versioned schema `npm run assess` and import read. */
/** The versioned envelope every file and share link carries. */
export function fileEnvelope(
  assessments: readonly Assessment[],
  extra: { exportedAt?: Date; needsRepair?: readonly NeedsRepair[] } = {},
) {
  const { exportedAt, needsRepair = [] } = extra;
  return {
    format: fileFormat,
    schemaVersion: currentSchemaVersion,
    ...(exportedAt ? { exportedAt: exportedAt.toISOString() } : {}),
    assessments,
    ...(needsRepair.length > 0 ? { needsRepair } : {}),
  };
}

export function exportFileText(
  assessments: readonly Assessment[],
  exportedAt = new Date(),
  needsRepair: readonly NeedsRepair[] = [],
): string {
  return `${JSON.stringify(fileEnvelope(assessments, { exportedAt, needsRepair }), null, 2)}\n`;
}

/** A record kept for repair, as a file this app imports back into the repair list. */
export function needsRepairFileText(entries: readonly NeedsRepair[]): string {
  return exportFileText([], new Date(), entries);
}

export function exportFileName(what: string, date = new Date()): string {
  return ledgerFitFileName(what, date, 'json', 'assessment');
}
