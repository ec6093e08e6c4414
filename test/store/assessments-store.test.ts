import { beforeEach, describe, expect, it, vi } from 'vitest';
import { workedExamples } from '../../src/framework/examples';
import { exampleToAssessment } from '../../src/schema/example-assessment';
import { storageKey, syncAcrossTabs, useAssessmentsStore } from '../../src/store/assessments-store';
import { useStorageStatus } from '../../src/store/storage-status';
import { backupKeyPrefix } from '../../src/store/unreadable-backups';

const store = () => useAssessmentsStore.getState();

beforeEach(() => {
  useAssessmentsStore.setState({ assessments: {}, lastPage: {}, needsRepair: {} });
  useStorageStatus.setState({ unreadable: [], saveError: undefined });
  localStorage.clear();
});

describe('the assessments store', () => {
  it('saves every change to localStorage at once and reads it back after a reload', async () => {
    const id = store().createAssessment('Pharmacy ledger');
    store().setAnswer(id, 'condition.commonInterest', 2, 'Shared by all');
    store().setLastPage(id, 'condition.commonInterest');
    const saved = localStorage.getItem(storageKey)!;
    // A reload: memory is gone, localStorage is what it was.
    useAssessmentsStore.setState({ assessments: {}, lastPage: {} });
    localStorage.setItem(storageKey, saved);
    await useAssessmentsStore.persist.rehydrate();
    expect(store().assessments[id]?.answers['condition.commonInterest']).toEqual({
      value: 2,
      note: 'Shared by all',
    });
    expect(store().lastPage[id]).toBe('condition.commonInterest');
  });

  it('migrates saved state of version 0 (assessments in a list)', async () => {
    const example = exampleToAssessment(workedExamples[1]!);
    localStorage.setItem(storageKey, JSON.stringify({ state: { assessments: [example] }, version: 0 }));
    await useAssessmentsStore.persist.rehydrate();
    expect(store().assessments[example.id]?.proposal.title).toBe('Professional credentials');
    expect(useStorageStatus.getState().unreadable).toEqual([]);
    expect(store().needsRepair).toEqual({});
  });

  it('loads the valid assessments and keeps an invalid one aside, with what is wrong, when one record is bad', async () => {
    const good = exampleToAssessment(workedExamples[1]!);
    localStorage.setItem(
      storageKey,
      JSON.stringify({ state: { assessments: { [good.id]: good, x: { id: 5 } }, lastPage: {} }, version: 1 }),
    );
    await useAssessmentsStore.persist.rehydrate();
    expect(Object.keys(store().assessments)).toEqual([good.id]);
    const [kept] = Object.values(store().needsRepair);
    expect(kept?.record).toEqual({ id: 5 });
    expect(kept?.problems[0]).toBe('Its id: Invalid input: expected string, received number');
    expect(useStorageStatus.getState().unreadable).toEqual([]);
    // The next save keeps the bad record in the repair list rather than dropping it.
    store().createAssessment('Another');
    const saved = JSON.parse(localStorage.getItem(storageKey)!).state;
    expect(Object.values(saved.needsRepair)).toHaveLength(1);
    expect(saved.assessments[good.id]).toEqual(good);
  });

  it('keeps each unreadable version in a backup of its own, never overwriting an earlier one, even in the same millisecond', async () => {
    // Both failures at one instant: a backup key made of the time alone would be overwritten by the second.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T10:00:00.000Z'));
    try {
      localStorage.setItem(storageKey, 'not json at all');
      await expect(useAssessmentsStore.persist.rehydrate()).resolves.toBeUndefined();
      expect(useStorageStatus.getState().unreadable[0]?.problems[0]).toMatch(/not valid JSON/);
      localStorage.setItem(storageKey, '{"state": "also broken", "version": 2}');
      await useAssessmentsStore.persist.rehydrate();
    } finally {
      vi.useRealTimers();
    }
    const backups = useStorageStatus.getState().unreadable;
    expect(backups.map((b) => b.raw)).toEqual(['not json at all', '{"state": "also broken", "version": 2}']);
    const keys = Object.keys(localStorage).filter((k) => k.startsWith(backupKeyPrefix(storageKey)));
    expect(keys).toHaveLength(2);
    useStorageStatus.getState().dismissUnreadable(backups[0]!);
    expect(Object.keys(localStorage).filter((k) => k.startsWith(backupKeyPrefix(storageKey)))).toHaveLength(
      1,
    );
  });

  it('refuses a change past a limit and keeps the assessment as it was', () => {
    const id = store().createAssessment('Limits');
    expect(store().setProposalField(id, 'title', 'x'.repeat(201))).toMatchObject({ ok: false });
    expect(store().setProposalField(id, 'date', '26 November 2026')).toMatchObject({ ok: false });
    expect(store().setAnswer(id, 'condition.commonInterest', 2, 'n'.repeat(10_001))).toMatchObject({
      ok: false,
    });
    expect(store().assessments[id]?.proposal.title).toBe('Limits');
    expect(store().assessments[id]?.answers).toEqual({});
    expect(store().setProposalField(id, 'date', '2026-11-26')).toEqual({ ok: true });
  });

  it('repairs a kept record in place: cuts the over-long field, reads a UK date and adds it back to the list', async () => {
    const bad = {
      ...exampleToAssessment(workedExamples[1]!),
      proposal: {
        ...exampleToAssessment(workedExamples[1]!).proposal,
        title: 't'.repeat(201),
        date: '26/11/2026',
      },
    };
    localStorage.setItem(
      storageKey,
      JSON.stringify({ state: { assessments: { [bad.id]: bad }, lastPage: {} }, version: 1 }),
    );
    await useAssessmentsStore.persist.rehydrate();
    const [key] = Object.keys(store().needsRepair);
    const repaired = store().repairNeedsRepair(key!);
    expect(repaired.ok).toBe(true);
    expect(store().assessments[bad.id]?.proposal.title).toHaveLength(200);
    expect(store().assessments[bad.id]?.proposal.date).toBe('2026-11-26');
    expect(store().assessments[bad.id]?.answers).toEqual(bad.answers);
    expect(store().needsRepair).toEqual({});
  });

  it('reports full storage and keeps the work in memory', () => {
    const id = store().createAssessment('Big one');
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    store().setAnswer(id, 'condition.commonInterest', 4);
    expect(useStorageStatus.getState().saveError).toMatch(/storage is full/);
    expect(store().assessments[id]?.answers['condition.commonInterest']?.value).toBe(4);
    setItem.mockRestore();
    store().setAnswer(id, 'condition.commonInterest', 3);
    expect(useStorageStatus.getState().saveError).toBeUndefined();
  });

  it('deletes, and restores for undo, exactly what was deleted', () => {
    const id = store().createAssessment('To delete');
    store().setAnswer(id, 'obstacle.adoption', 2);
    const deleted = store().deleteAssessment(id);
    expect(store().assessments[id]).toBeUndefined();
    store().restoreAssessment(deleted!);
    expect(store().assessments[id]).toEqual(deleted);
  });

  it('duplicates into a new id and starts worked examples as editable copies', async () => {
    const id = store().createAssessment('Original');
    const copy = store().duplicateAssessment(id)!;
    expect(copy).not.toBe(id);
    expect(store().assessments[copy]?.proposal.title).toBe('Copy of Original');
    const fromExample = (await store().createFromExample('patient-records'))!;
    expect(store().assessments[fromExample]?.exampleId).toBe('patient-records');
    expect(Object.keys(store().assessments[fromExample]!.answers)).toHaveLength(25);
  });

  it('keeps a note written before any rating', () => {
    const id = store().createAssessment('Notes first');
    store().setAnswer(id, 'condition.commonInterest', undefined, 'Thinking…');
    expect(store().assessments[id]?.answers['condition.commonInterest']).toEqual({ note: 'Thinking…' });
  });
});

describe('two tabs on the same assessments', () => {
  it('loads what another tab saved instead of overwriting it, and says so', async () => {
    const id = store().createAssessment('Shared across tabs');
    const cleanup = syncAcrossTabs();
    const otherTab = JSON.parse(localStorage.getItem(storageKey)!);
    otherTab.state.assessments[id].answers['obstacle.adoption'] = { value: 3 };
    const newValue = JSON.stringify(otherTab);
    localStorage.setItem(storageKey, newValue);
    window.dispatchEvent(new StorageEvent('storage', { key: storageKey, newValue }));
    const patient = { timeout: 15_000 };
    await vi.waitFor(
      () => expect(store().assessments[id]?.answers['obstacle.adoption']?.value).toBe(3),
      patient,
    );
    await vi.waitFor(() => expect(useStorageStatus.getState().changedInAnotherTab).toBe(true), patient);
    store().setAnswer(id, 'obstacle.governance', 1);
    const saved = JSON.parse(localStorage.getItem(storageKey)!).state.assessments[id].answers;
    expect(saved).toEqual({ 'obstacle.adoption': { value: 3 }, 'obstacle.governance': { value: 1 } });
    cleanup();
  });
});

describe('data saved by a newer version of the app', () => {
  it('is neither shown, overwritten nor deleted by this older version', async () => {
    const future = JSON.stringify({
      state: { assessments: {}, lastPage: {}, somethingNew: true },
      version: 99,
    });
    localStorage.setItem(storageKey, future);
    await useAssessmentsStore.persist.rehydrate();
    expect(useStorageStatus.getState().saveError).toMatch(/newer version/);
    store().createAssessment('Typed into the old version');
    expect(localStorage.getItem(storageKey)).toBe(future);
  });
});
