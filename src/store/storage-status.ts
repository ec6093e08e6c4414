import { create } from 'zustand';

/** What went wrong with browser storage, for the banner at the top of every page. Not persisted. */
interface StorageStatus {
  /** Raw text of a saved state that could not be read, kept so the user can download it. */
  corruptBackup?: string;
  corruptProblems?: string[];
  /** Set when the last save failed (usually storage full); work stays in memory. */
  saveError?: string;
  /** Set when another tab changed saved assessments while this one was open. */
  changedInAnotherTab?: boolean;
  /** Counts loads of another tab's changes, so open forms can start again from the saved answers. */
  externalRevision: number;
  reportCorrupt: (raw: string, problems: string[]) => void;
  reportSaveError: (message: string | undefined) => void;
  reportChangedInAnotherTab: (changed: boolean) => void;
  dismissCorrupt: () => void;
}

export const useStorageStatus = create<StorageStatus>()((set) => ({
  externalRevision: 0,
  reportCorrupt: (raw, problems) => set({ corruptBackup: raw, corruptProblems: problems }),
  reportSaveError: (message) => set({ saveError: message }),
  reportChangedInAnotherTab: (changed) =>
    set((s) => ({ changedInAnotherTab: changed, externalRevision: s.externalRevision + (changed ? 1 : 0) })),
  dismissCorrupt: () => set({ corruptBackup: undefined, corruptProblems: undefined }),
}));
