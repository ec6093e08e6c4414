import { answerDomainProblems } from '../schema/answer-domain';
import type { Assessment } from '../schema/assessment-schema';
import type { ParseResult } from '../schema/parse-result';
import { type PersistedState, persistedStateSchema } from './safe-local-storage';

/** Version of the state kept in localStorage (not the export file's schemaVersion). */
export const persistedVersion = 1;

/**
 * migrations[n] turns saved state of version n into n + 1.
 * 0 → 1: version 0 kept assessments as an array (the export file's layout); version 1 keys them by id and
 * remembers the last page open in each, so a reload returns the user where they were.
 */
const migrations: Record<number, (state: Record<string, unknown>) => Record<string, unknown>> = {
  0: (state) => {
    const list = Array.isArray(state.assessments) ? (state.assessments as Assessment[]) : [];
    return { assessments: Object.fromEntries(list.map((a) => [a?.id, a])), lastPage: {} };
  },
};

/** Migrates and validates saved state; problems name what is wrong. Never throws. */
export function readPersistedState(state: unknown, version: number): ParseResult<PersistedState> {
  if (version > persistedVersion) {
    return { ok: false, problems: [`Saved by a newer version of Ledger Fit (state version ${version}).`] };
  }
  if (state === null || typeof state !== 'object')
    return { ok: false, problems: ['The saved data is empty.'] };
  let current = state as Record<string, unknown>;
  for (let v = version; v < persistedVersion; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, problems: [`No migration from saved state version ${v}.`] };
    current = step(current);
  }
  const parsed = persistedStateSchema.safeParse(current);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues
        .slice(0, 10)
        .map((i) => `${['saved', ...i.path.map(String)].join('.')}: ${i.message}`),
    };
  }
  const problems = Object.entries(parsed.data.assessments).flatMap(([id, a]) =>
    answerDomainProblems(a.answers, `saved.assessments.${id}.answers`),
  );
  return problems.length > 0 ? { ok: false, problems } : { ok: true, data: parsed.data };
}
