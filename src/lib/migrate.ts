import type { ParseResult } from './parse-result';

export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/** Runs migrations[from], migrations[from + 1] … up to `to`; says which step is missing rather than throwing. */
export function migrate(
  data: Record<string, unknown>,
  from: number,
  to: number,
  migrations: Readonly<Record<number, Migration>>,
): ParseResult<Record<string, unknown>> {
  let current = data;
  for (let v = from; v < to; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, problems: [`No migration from version ${v}.`] };
    current = step(current);
  }
  return { ok: true, data: current };
}
