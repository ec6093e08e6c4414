import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exampleToAssessment, workedExamples } from '../../src/framework/examples';
import { storageKey, syncAcrossTabs, useAssessmentsStore } from '../../src/store/assessments-store';
import { backupKey } from '../../src/store/safe-local-storage';
import { useStorageStatus } from '../../src/store/storage-status';

const store = () => useAssessmentsStore.getState();

beforeEach(() => {
  useAssessmentsStore.setState({ assessments: {}, lastPage: {} });
  useStorageStatus.setState({ corruptBackup: undefined, corruptProblems: undefined, saveError: undefined });
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
    expect(useStorageStatus.getState().corruptBackup).toBeUndefined();
  });

  it('keeps unreadable saved data as a backup, reports it and starts empty', async () => {
    localStorage.setItem(storageKey, '{"state": {"assessments": {"x": {"id": 5}}}, "version": 1}');
    await useAssessmentsStore.persist.rehydrate();
    expect(store().assessments).toEqual({});
    expect(useStorageStatus.getState().corruptBackup).toContain('"id": 5');
    expect(useStorageStatus.getState().corruptProblems?.join()).toMatch(/saved\.assessments\.x/);
    expect(localStorage.getItem(backupKey(storageKey))).toContain('"id": 5');
  });

  it('treats text that is not JSON as unreadable, without throwing', async () => {
    localStorage.setItem(storageKey, 'not json at all');
    await expect(useAssessmentsStore.persist.rehydrate()).resolves.toBeUndefined();
    expect(useStorageStatus.getState().corruptProblems?.[0]).toMatch(/not valid JSON/);
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
    await vi.waitFor(() => expect(store().assessments[id]?.answers['obstacle.adoption']?.value).toBe(3));
    await vi.waitFor(() => expect(useStorageStatus.getState().changedInAnotherTab).toBe(true));
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
