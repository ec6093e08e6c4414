import type { Assessment, NeedsRepair } from '@/schema/assessment-schema';
import { copyAssessment } from '@/schema/copy-assessment';

export interface ImportConflict {
  readonly incoming: Assessment;
  readonly existing: Assessment;
}

export interface ImportPlan {
  readonly fresh: readonly Assessment[];
  readonly conflicts: readonly ImportConflict[];
  /** Records the file carries for repair: they go to the repair list, never over a saved assessment. */
  readonly needsRepair: readonly NeedsRepair[];
}

/** Splits an import into new assessments and those whose id is already saved here. */
export function planImport(
  existing: Readonly<Record<string, Assessment>>,
  incoming: readonly Assessment[],
  needsRepair: readonly NeedsRepair[] = [],
): ImportPlan {
  const fresh: Assessment[] = [];
  const conflicts: ImportConflict[] = [];
  for (const a of incoming) {
    const match = existing[a.id];
    if (match) conflicts.push({ incoming: a, existing: match });
    else fresh.push(a);
  }
  return { fresh, conflicts, needsRepair };
}

/** The same assessment under a new id, so it sits beside the original. */
export function asCopy(assessment: Assessment): Assessment {
  // Keeps its own timestamps: an imported copy is the same work, not new work.
  return {
    ...copyAssessment(assessment, (t) => `${t} (imported copy)`),
    createdAt: assessment.createdAt,
    updatedAt: assessment.updatedAt,
  };
}
