import * as z from 'zod/mini';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { assessmentSchema } from '../schema/assessment-schema';
import type { ParseResult } from '../schema/parse-result';
import { useStorageStatus } from './storage-status';

export const persistedStateSchema = z.object({
  assessments: z.record(z.string(), assessmentSchema),
  lastPage: z.record(z.string(), z.string()),
});
export type PersistedState = z.infer<typeof persistedStateSchema>;

export const backupKey = (name: string) => `${name}:unreadable-backup`;

const newerVersionMessage =
  'Your assessments were saved by a newer version of Ledger Fit. To keep them safe, this older version shows nothing and saves nothing: reload the page (close other Ledger Fit tabs first) to get the new version.';

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
  return {
    getItem(name) {
      const raw = localStorage.getItem(name);
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
        try {
          localStorage.setItem(backupKey(name), raw);
        } catch {
          // Storage full: the raw text still stays in memory for download.
        }
        localStorage.removeItem(name);
        useStorageStatus.getState().reportCorrupt(raw, result.problems);
        return null;
      }
      return { state: result.data, version: currentVersion };
    },
    setItem(name, value) {
      if (savedByNewerVersion) {
        useStorageStatus.getState().reportSaveError(newerVersionMessage);
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
