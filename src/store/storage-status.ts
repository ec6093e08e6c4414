import { create } from 'zustand';
import type { UnreadableBackup } from './unreadable-backups';

/** What went wrong with browser storage, for the banner at the top of every page. Not persisted. */
interface StorageStatus {
  /** Saved states that could not be read at all, each kept until the user dismisses it. */
  unreadable: readonly UnreadableBackup[];
  /** Set when the last save failed (usually storage full); work stays in memory. */
  saveError?: string;
  /** Set when another tab changed saved assessments while this one was open. */
  changedInAnotherTab?: boolean;
  /** Counts loads of another tab's changes, so open forms can start again from the saved answers. */
  externalRevision: number;
  reportUnreadable: (backups: readonly UnreadableBackup[]) => void;
  reportSaveError: (message: string | undefined) => void;
  reportChangedInAnotherTab: (changed: boolean) => void;
  /** Deletes one backup for good: only ever on the user's word. */
  dismissUnreadable: (backup: UnreadableBackup) => void;
}

export const useStorageStatus = create<StorageStatus>()((set) => ({
  unreadable: [],
  externalRevision: 0,
  reportUnreadable: (backups) => set({ unreadable: backups }),
  reportSaveError: (message) => set({ saveError: message }),
  reportChangedInAnotherTab: (changed) =>
    set((s) => ({ changedInAnotherTab: changed, externalRevision: s.externalRevision + (changed ? 1 : 0) })),
  dismissUnreadable: (backup) => {
    if (backup.key) localStorage.removeItem(backup.key);
    set((s) => ({ unreadable: s.unreadable.filter((b) => b !== backup) }));
  },
}));
