import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { DirectCareAnswer, LedgerContent } from '@/framework/ledger-facts';
import type { ProposalFieldId, Setting } from '@/framework/proposal';
import type { AnswerValue } from '@/framework/question';
import type { ParseResult } from '@/lib/parse-result';
import type { Assessment, NeedsRepair } from '@/schema/assessment-schema';

type HazardEntry = NonNullable<Assessment['hazardLog']>[string];

import { copyAssessment } from '@/schema/copy-assessment';
import { newId } from '@/schema/new-id';
import { repairAssessment } from '@/schema/repair-assessment';
import { validateAssessment } from '@/schema/validate-assessment';
import { type PersistedState, persistedVersion, readPersistedState } from './persisted-migrations';
import { safeLocalStorage } from './safe-local-storage';
import { useStorageStatus } from './storage-status';

export const storageKey = 'ledger-fit:assessments';

/** What a change did: saved, or refused with the reasons (the assessment is then left as it was). */
export type SaveResult = { readonly ok: true } | { readonly ok: false; readonly problems: string[] };

interface AssessmentsActions {
  createAssessment: (title: string) => string;
  /** Async: the worked examples load only when one is opened. */
  createFromExample: (exampleId: string) => Promise<string | undefined>;
  duplicateAssessment: (id: string) => string | undefined;
  renameAssessment: (id: string, title: string) => SaveResult;
  deleteAssessment: (id: string) => Assessment | undefined;
  restoreAssessment: (assessment: Assessment) => void;
  setProposalField: (id: string, field: ProposalFieldId, value: string) => SaveResult;
  setAnswer: (id: string, questionId: string, value: AnswerValue | undefined, note?: string) => SaveResult;
  setSettings: (id: string, settings: readonly Setting[]) => SaveResult;
  /** What the ledger would hold; an empty list clears it (not answered). */
  setLedgerHolds: (id: string, holds: readonly LedgerContent[]) => SaveResult;
  /** Direct care of patients; undefined clears it (not answered). */
  setDirectCare: (id: string, answer: DirectCareAnswer | undefined) => SaveResult;
  /** The assessor's entries for one row of the draft hazard log; undefined clears them back to the draft. */
  setHazardEdit: (id: string, hazardId: string, edit: HazardEntry | undefined) => SaveResult;
  setLastPage: (id: string, pageId: string) => void;
  /** Continue (or not) past a pre-screen answer that ended the assessment. */
  setFullAssessment: (id: string, full: boolean) => void;
  /** Adds or replaces whole assessments (import, "save as workshop outcome"). */
  putAssessments: (assessments: readonly Assessment[]) => void;
  /** Keeps records that failed validation (from a file) in the repair list. */
  putNeedsRepair: (entries: readonly NeedsRepair[]) => string[];
  /** Applies the automatic repair of a kept record; on success it joins the list as a normal assessment. */
  repairNeedsRepair: (key: string) => ParseResult<Assessment>;
  discardNeedsRepair: (key: string) => void;
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
      // Every change is checked before it is kept, so no saved record can ever fail to load.
      const update = (id: string, change: (a: Assessment) => Assessment): SaveResult => {
        const current = get().assessments[id];
        if (!current) return { ok: false, problems: ['This assessment is no longer saved here.'] };
        const checked = validateAssessment({ ...change(current), updatedAt: now() });
        if (!checked.ok) return checked;
        set((state) => ({ assessments: { ...state.assessments, [id]: checked.data } }));
        return { ok: true };
      };
      const add = (assessment: Assessment) => {
        set((state) => ({ assessments: { ...state.assessments, [assessment.id]: assessment } }));
        return assessment.id;
      };
      return {
        assessments: {},
        lastPage: {},
        needsRepair: {},
        fullAssessment: {},
        createAssessment: (title) => add(blankAssessment(title)),
        createFromExample: async (exampleId) => {
          const [{ findExample }, { exampleToAssessment }] = await Promise.all([
            import('@/framework/examples'),
            import('@/schema/example-assessment'),
          ]);
          const example = findExample(exampleId);
          if (!example) return undefined;
          return add(
            copyAssessment(exampleToAssessment(example), (t) => `${t} (my copy)`, { date: today() }),
          );
        },
        duplicateAssessment: (id) => {
          const source = get().assessments[id];
          return source ? add(copyAssessment(source, (t) => `Copy of ${t}`)) : undefined;
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
            proposal: { ...a.proposal, [field]: value },
          })),
        setSettings: (id, chosen) =>
          update(id, (a) => {
            const { settings: _old, ...proposal } = a.proposal;
            return { ...a, proposal: chosen.length > 0 ? { ...proposal, settings: [...chosen] } : proposal };
          }),
        setLedgerHolds: (id, holds) =>
          update(id, (a) => {
            const { ledgerHolds: _old, ...proposal } = a.proposal;
            return { ...a, proposal: holds.length > 0 ? { ...proposal, ledgerHolds: [...holds] } : proposal };
          }),
        setDirectCare: (id, answer) =>
          update(id, (a) => {
            const { directCare: _old, ...proposal } = a.proposal;
            return { ...a, proposal: answer ? { ...proposal, directCare: answer } : proposal };
          }),
        setHazardEdit: (id, hazardId, edit) =>
          update(id, (a) => {
            const { [hazardId]: _old, ...rest } = a.hazardLog ?? {};
            const hazardLog = edit ? { ...rest, [hazardId]: edit } : rest;
            const { hazardLog: _all, ...withoutLog } = a;
            return Object.keys(hazardLog).length > 0 ? { ...withoutLog, hazardLog } : withoutLog;
          }),
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
        setFullAssessment: (id, full) =>
          set((state) => {
            const { [id]: _was, ...rest } = state.fullAssessment;
            return { fullAssessment: full ? { ...rest, [id]: true as const } : rest };
          }),
        setLastPage: (id, pageId) =>
          set((state) =>
            state.lastPage[id] === pageId ? state : { lastPage: { ...state.lastPage, [id]: pageId } },
          ),
        putAssessments: (list) =>
          set((state) => ({
            assessments: { ...state.assessments, ...Object.fromEntries(list.map((a) => [a.id, a])) },
          })),
        putNeedsRepair: (entries) => {
          const keyed = entries.map((e) => [`${newId()}@${e.foundAt}`, e] as const);
          set((state) => ({ needsRepair: { ...state.needsRepair, ...Object.fromEntries(keyed) } }));
          return keyed.map(([key]) => key);
        },
        repairNeedsRepair: (key) => {
          const entry = get().needsRepair[key];
          if (!entry) return { ok: false, problems: ['It is no longer in the repair list.'] };
          const repaired = repairAssessment(entry.record);
          if (!repaired.ok) return repaired;
          // A repaired record whose id is taken (it was saved again since) joins as a copy, never over the other.
          const taken = get().assessments[repaired.data.assessment.id] !== undefined;
          const assessment = taken ? { ...repaired.data.assessment, id: newId() } : repaired.data.assessment;
          set((state) => {
            const { [key]: _done, ...needsRepair } = state.needsRepair;
            return { assessments: { ...state.assessments, [assessment.id]: assessment }, needsRepair };
          });
          return { ok: true, data: assessment };
        },
        discardNeedsRepair: (key) =>
          set((state) => {
            const { [key]: _gone, ...needsRepair } = state.needsRepair;
            return { needsRepair };
          }),
      };
    },
    {
      name: storageKey,
      version: persistedVersion,
      storage: safeLocalStorage(readPersistedState, persistedVersion),
      partialize: (state) => ({
        assessments: state.assessments,
        lastPage: state.lastPage,
        needsRepair: state.needsRepair,
        fullAssessment: state.fullAssessment,
      }),
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
