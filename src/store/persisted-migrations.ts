import { isRecord } from '@/lib/is-record';
import { type Migration, migrate } from '@/lib/migrate';
import type { ParseResult } from '@/lib/parse-result';
import type { Assessment, NeedsRepair } from '@/schema/assessment-schema';
import { settingToSettings } from '@/schema/migrations';
import { validateAssessment } from '@/schema/validate-assessment';

/** Version of the state kept in localStorage (not the export file's schemaVersion). */
export const persistedVersion = 3;

export interface PersistedState {
  assessments: Record<string, Assessment>;
  lastPage: Record<string, string>;
  /** Saved records that failed validation, kept as they were until the user repairs, downloads or deletes them. */
  needsRepair: Record<string, NeedsRepair>;
  /** Assessments the user chose to continue in full after the pre-screen ended them. */
  fullAssessment: Record<string, true>;
}

/**
 * migrations[n] turns saved state of version n into n + 1.
 * 0 → 1: version 0 kept assessments as an array (the export file's layout); version 1 keys them by id and
 * remembers the last page open in each, so a reload returns the user where they were.
 * 1 → 2: records that fail validation are kept aside in `needsRepair` instead of hiding every other one.
 */
const migrations: Record<number, Migration> = {
  0: (state) => {
    const list = Array.isArray(state.assessments) ? (state.assessments as Assessment[]) : [];
    return { assessments: Object.fromEntries(list.map((a, i) => [a?.id ?? `entry-${i}`, a])), lastPage: {} };
  },
  1: (state) => ({ ...state, needsRepair: {} }),
  // 2 → 3: each assessment's single `setting` becomes the list `settings` (file schema 2).
  2: (state) => ({
    ...state,
    assessments: isRecord(state.assessments)
      ? Object.fromEntries(Object.entries(state.assessments).map(([id, a]) => [id, settingToSettings(a)]))
      : state.assessments,
  }),
};

function keptNeedsRepair(raw: unknown, foundAt: string): Record<string, NeedsRepair> {
  if (!isRecord(raw)) return {};
  const kept: Record<string, NeedsRepair> = {};
  for (const [key, entry] of Object.entries(raw)) {
    const problems =
      isRecord(entry) && Array.isArray(entry.problems)
        ? entry.problems.filter((p) => typeof p === 'string')
        : [];
    kept[key] =
      isRecord(entry) && 'record' in entry && typeof entry.foundAt === 'string'
        ? { record: entry.record, problems, foundAt: entry.foundAt }
        : { record: entry, problems: ['This entry of the repair list was itself damaged.'], foundAt };
  }
  return kept;
}

/**
 * Migrates and validates saved state one assessment at a time: valid ones load; an invalid one is kept aside
 * in `needsRepair` with what is wrong, so one bad field never hides the others. Only state that is not an
 * object at all fails as a whole. Never throws.
 */
export function readPersistedState(state: unknown, version: number): ParseResult<PersistedState> {
  if (version > persistedVersion) {
    return { ok: false, problems: [`Saved by a newer version of Ledger Fit (state version ${version}).`] };
  }
  if (!isRecord(state))
    return { ok: false, problems: ['The saved data is empty or not a list of assessments.'] };
  const migrated = migrate(state, version, persistedVersion, migrations);
  if (!migrated.ok) return migrated;
  const current = migrated.data;
  if (!isRecord(current.assessments))
    return {
      ok: false,
      problems: ['saved.assessments: expected the saved assessments, found something else.'],
    };

  const foundAt = new Date().toISOString();
  const assessments: Record<string, Assessment> = {};
  const needsRepair = keptNeedsRepair(current.needsRepair, foundAt);
  for (const [key, record] of Object.entries(current.assessments)) {
    const checked = validateAssessment(record);
    if (checked.ok && checked.data.id === key) assessments[key] = checked.data;
    else {
      const problems = checked.ok
        ? [`It is saved under “${key}” but its id is “${checked.data.id}”.`]
        : checked.problems;
      needsRepair[`${key}@${foundAt}`] = { record, problems, foundAt };
    }
  }
  const lastPage = Object.fromEntries(
    Object.entries(isRecord(current.lastPage) ? current.lastPage : {}).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].length <= 200,
    ),
  );
  const fullAssessment = Object.fromEntries(
    Object.entries(isRecord(current.fullAssessment) ? current.fullAssessment : {})
      .filter(([, on]) => on === true)
      .map(([id]) => [id, true as const]),
  );
  return { ok: true, data: { assessments, lastPage, needsRepair, fullAssessment } };
}
