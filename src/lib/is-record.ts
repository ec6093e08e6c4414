/** A plain object (not null, not an array): what parsed JSON must be before its keys are read. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
