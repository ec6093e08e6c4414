/**
 * Saved state that could not be read at all (not JSON, not a list of assessments) is copied to a key of its
 * own, one per failure, and kept until the user dismisses it: a later failure never overwrites an earlier one.
 */
export interface UnreadableBackup {
  /** The localStorage key, or undefined while the data only sits in memory (no room to copy it). */
  readonly key: string | undefined;
  readonly savedAt: string;
  readonly problems: readonly string[];
  readonly raw: string;
}

export const backupKeyPrefix = (name: string) => `${name}:unreadable:`;

/** A backup key no backup uses yet: two failures in the same millisecond each keep their own. */
export function freeBackupKey(name: string, savedAt: string): string {
  const first = `${backupKeyPrefix(name)}${savedAt}`;
  let key = first;
  for (let n = 1; localStorage.getItem(key) !== null; n++) key = `${first}#${String(n).padStart(4, '0')}`;
  return key;
}
/** Where version 1 of the app kept its single backup; still listed so nothing from then is lost. */
const legacyBackupKey = (name: string) => `${name}:unreadable-backup`;

function read(key: string): UnreadableBackup | undefined {
  const text = localStorage.getItem(key);
  if (text === null) return undefined;
  try {
    const stored = JSON.parse(text) as { savedAt?: unknown; problems?: unknown; raw?: unknown };
    if (
      typeof stored.raw === 'string' &&
      typeof stored.savedAt === 'string' &&
      Array.isArray(stored.problems)
    )
      return { key, savedAt: stored.savedAt, problems: stored.problems.map(String), raw: stored.raw };
  } catch {
    // An older backup holds the raw text itself.
  }
  return { key, savedAt: '', problems: [], raw: text };
}

/** Every backup kept in this browser, oldest first, plus one held only in memory when it could not be stored. */
export function readUnreadableBackups(
  name: string,
  inMemory?: string,
  inMemoryProblems: readonly string[] = [],
): UnreadableBackup[] {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key && (key.startsWith(backupKeyPrefix(name)) || key === legacyBackupKey(name))) keys.push(key);
  }
  const kept = keys
    .map(read)
    .filter((b): b is UnreadableBackup => b !== undefined)
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt) || (a.key ?? '').localeCompare(b.key ?? ''));
  return inMemory === undefined
    ? kept
    : [
        ...kept,
        { key: undefined, savedAt: new Date().toISOString(), problems: inMemoryProblems, raw: inMemory },
      ];
}
