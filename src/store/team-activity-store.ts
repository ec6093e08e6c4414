import { create } from 'zustand';

export interface Person {
  readonly name: string;
  readonly page: string;
  readonly self: boolean;
}

/**
 * What the team feature knows about who is working on an assessment, for pages of other features to show
 * (who last set an answer, who is here) without importing the team feature. Not persisted.
 */
interface TeamActivity {
  readonly attribution: Readonly<Record<string, Readonly<Record<string, { by: string; at: string }>>>>;
  readonly presence: Readonly<Record<string, readonly Person[]>>;
  /** Counts changes that arrived from colleagues, so open forms show them. */
  readonly remoteRevision: number;
  setAttribution: (assessmentId: string, byQuestion: Record<string, { by: string; at: string }>) => void;
  setPresence: (assessmentId: string, people: readonly Person[]) => void;
  reportRemoteChange: () => void;
}

export const useTeamActivity = create<TeamActivity>()((set) => ({
  attribution: {},
  presence: {},
  remoteRevision: 0,
  setAttribution: (id, byQuestion) => set((s) => ({ attribution: { ...s.attribution, [id]: byQuestion } })),
  setPresence: (id, people) => set((s) => ({ presence: { ...s.presence, [id]: people } })),
  reportRemoteChange: () => set((s) => ({ remoteRevision: s.remoteRevision + 1 })),
}));
