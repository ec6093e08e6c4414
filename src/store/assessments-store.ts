import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { ProposalFieldId } from '../framework/proposal';
import type { AnswerValue } from '../framework/question';
import type { Assessment } from '../schema/assessment-schema';
import { newId } from './new-id';
import { persistedVersion, readPersistedState } from './persisted-migrations';
import { type PersistedState, safeLocalStorage } from './safe-local-storage';
import { useStorageStatus } from './storage-status';

export const storageKey = 'ledger-fit:assessments';

interface AssessmentsActions {
  createAssessment: (title: string) => string;
  /** Async: the worked examples load only when one is opened. */
  createFromExample: (exampleId: string) => Promise<string | undefined>;
  duplicateAssessment: (id: string) => string | undefined;
  renameAssessment: (id: string, title: string) => void;
  deleteAssessment: (id: string) => Assessment | undefined;
  restoreAssessment: (assessment: Assessment) => void;
  setProposalField: (id: string, field: ProposalFieldId, value: string) => void;
  setAnswer: (id: string, questionId: string, value: AnswerValue | undefined, note?: string) => void;
  setLastPage: (id: string, pageId: string) => void;
  /** Adds or replaces whole assessments (import, "save as workshop outcome"). */
  putAssessments: (assessments: readonly Assessment[]) => void;
}

export type AssessmentsState = PersistedState & AssessmentsActions;

const now = () => new Date().toISOString();
const today = () => now().slice(0, 10);

function blankAssessment(title: string): Assessment {
  const stamp = now();
  return {
    id: newId(),
    createdAt: stamp,
    updatedAt: stamp,
    proposal: { title, organisations: '', assessor: '', date: today(), description: '' },
    answers: {},
  };
}

export const useAssessmentsStore = create<AssessmentsState>()(
  persist(
    (set, get) => {
      const update = (id: string, change: (a: Assessment) => Assessment) =>
        set((state) => {
          const current = state.assessments[id];
          if (!current) return state;
          return { assessments: { ...state.assessments, [id]: { ...change(current), updatedAt: now() } } };
        });
      const add = (assessment: Assessment) => {
        set((state) => ({ assessments: { ...state.assessments, [assessment.id]: assessment } }));
        return assessment.id;
      };
      return {
        assessments: {},
        lastPage: {},
        createAssessment: (title) => add(blankAssessment(title)),
        createFromExample: async (exampleId) => {
          const { exampleToAssessment, findExample } = await import('../framework/examples');
          const example = findExample(exampleId);
          if (!example) return undefined;
          const copy = exampleToAssessment(example);
          const stamp = now();
          return add({
            ...copy,
            id: newId(),
            createdAt: stamp,
            updatedAt: stamp,
            proposal: { ...copy.proposal, title: `${copy.proposal.title} (my copy)`, date: today() },
          });
        },
        duplicateAssessment: (id) => {
          const source = get().assessments[id];
          if (!source) return undefined;
          const stamp = now();
          return add({
            ...structuredClone(source),
            id: newId(),
            createdAt: stamp,
            updatedAt: stamp,
            proposal: { ...source.proposal, title: `Copy of ${source.proposal.title}`.slice(0, 200) },
          });
        },
        renameAssessment: (id, title) => update(id, (a) => ({ ...a, proposal: { ...a.proposal, title } })),
        deleteAssessment: (id) => {
          const deleted = get().assessments[id];
          set((state) => {
            const { [id]: _removed, ...assessments } = state.assessments;
            const { [id]: _page, ...lastPage } = state.lastPage;
            return { assessments, lastPage };
          });
          return deleted;
        },
        restoreAssessment: (assessment) => add(assessment),
        setProposalField: (id, field, value) =>
          update(id, (a) => ({
            ...a,
            proposal: { ...a.proposal, [field]: value || (field === 'setting' ? undefined : '') },
          })),
        setAnswer: (id, questionId, value, note) =>
          update(id, (a) => {
            const answers = { ...a.answers };
            const keptNote = note ?? a.answers[questionId]?.note;
            // A note without a rating is still the user's work: it is kept with no value.
            if (value === undefined && !keptNote) delete answers[questionId];
            else
              answers[questionId] = {
                ...(value === undefined ? {} : { value }),
                ...(keptNote ? { note: keptNote } : {}),
              };
            return { ...a, answers };
          }),
        setLastPage: (id, pageId) =>
          set((state) =>
            state.lastPage[id] === pageId ? state : { lastPage: { ...state.lastPage, [id]: pageId } },
          ),
        putAssessments: (list) =>
          set((state) => ({
            assessments: { ...state.assessments, ...Object.fromEntries(list.map((a) => [a.id, a])) },
          })),
      };
    },
    {
      name: storageKey,
      version: persistedVersion,
      storage: safeLocalStorage(readPersistedState, persistedVersion),
      partialize: (state) => ({ assessments: state.assessments, lastPage: state.lastPage }),
    },
  ),
);

/** Another tab saved: load its state so neither tab silently overwrites the other. */
export function syncAcrossTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== storageKey || event.newValue === null) return;
    void Promise.resolve(useAssessmentsStore.persist.rehydrate()).then(() =>
      useStorageStatus.getState().reportChangedInAnotherTab(true),
    );
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
