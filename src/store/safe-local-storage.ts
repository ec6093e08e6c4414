import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { ParseResult } from '@/lib/parse-result';
import type { PersistedState } from './persisted-migrations';
import { useStorageStatus } from './storage-status';
import { freeBackupKey, readUnreadableBackups } from './unreadable-backups';

const newerVersionMessage =
  'Your assessments were saved by a newer version of Ledger Fit. To keep them safe, this older version shows nothing and saves nothing: reload the page (close other Ledger Fit tabs first) to get the new version.';

const noRoomForBackupMessage =
  'Your saved assessments could not be read, and there is no room in this browser to keep a backup of them. To keep them safe, nothing is saved: download the unreadable data below, then delete it here.';

/**
 * localStorage for zustand's persist that never loses work: an unreadable saved state is copied aside and
 * reported instead of being overwritten silently; a failed write (storage full) is reported and the
 * in-memory state kept.
 */
export function safeLocalStorage(
  read: (state: unknown, version: number) => ParseResult<PersistedState>,
  currentVersion: number,
): PersistStorage<PersistedState> {
  // Set when a newer version of the app saved here: this version then never writes, so it cannot destroy that work.
  let savedByNewerVersion = false;
  // Set when unreadable saved data could not be copied aside: writing would destroy it.
  let savingBlocked = false;
  return {
    getItem(name) {
      const raw = localStorage.getItem(name);
      useStorageStatus.getState().reportUnreadable(readUnreadableBackups(name));
      if (raw === null) return null;
      let result: ParseResult<PersistedState>;
      try {
        const stored = JSON.parse(raw) as Partial<StorageValue<unknown>> | null;
        if ((stored?.version ?? 0) > currentVersion) {
          savedByNewerVersion = true;
          useStorageStatus.getState().reportSaveError(newerVersionMessage);
          return null;
        }
        result = read(stored?.state, stored?.version ?? 0);
      } catch (error) {
        result = { ok: false, problems: [`The saved data is not valid JSON (${(error as Error).message}).`] };
      }
      if (!result.ok) {
        // Each unreadable version gets its own key, so a later failure never overwrites an earlier backup.
        const savedAt = new Date().toISOString();
        try {
          localStorage.setItem(
            freeBackupKey(name, savedAt),
            JSON.stringify({ savedAt, problems: result.problems, raw }),
          );
          localStorage.removeItem(name);
        } catch {
          // No room for the backup: leave the saved data where it is and save nothing over it.
          savingBlocked = true;
          useStorageStatus.getState().reportSaveError(noRoomForBackupMessage);
        }
        useStorageStatus
          .getState()
          .reportUnreadable(readUnreadableBackups(name, savingBlocked ? raw : undefined, result.problems));
        return null;
      }
      return { state: result.data, version: currentVersion };
    },
    setItem(name, value) {
      if (savedByNewerVersion || savingBlocked) {
        useStorageStatus
          .getState()
          .reportSaveError(savedByNewerVersion ? newerVersionMessage : noRoomForBackupMessage);
        return;
      }
      try {
        localStorage.setItem(name, JSON.stringify(value));
        if (useStorageStatus.getState().saveError) useStorageStatus.getState().reportSaveError(undefined);
      } catch (error) {
        const full = error instanceof DOMException && /quota/i.test(`${error.name} ${error.message}`);
        useStorageStatus
          .getState()
          .reportSaveError(
            full
              ? 'Your browser’s storage is full, so your latest changes are not saved. Your work is still open here: export it as a file, or delete assessments you no longer need.'
              : `Your latest changes could not be saved (${(error as Error).message}). Your work is still open here: export it as a file.`,
          );
      }
    },
    removeItem(name) {
      localStorage.removeItem(name);
    },
  };
}
