import type { Page } from '@playwright/test';

type SavedRecord = Record<string, unknown>;
const storageKey = 'ledger-fit:assessments';

/**
 * Opens a copy of the first worked example from the start page, as a person would, and returns the record the
 * app saved for it: the starting point of a test that needs many records, or damaged ones, in storage.
 */
export async function firstSavedCopy(page: Page): Promise<SavedRecord> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open a copy' }).click();
  await page.waitForURL(/\/assessments\/[^/]+$/);
  return page.evaluate(
    (key) => Object.values(JSON.parse(localStorage.getItem(key)!).state.assessments)[0] as SavedRecord,
    storageKey,
  );
}

/** Replaces every saved assessment with these records, in the store's own format (read on the next load). */
export async function replaceSaved(page: Page, assessments: Record<string, SavedRecord>): Promise<void> {
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    storageKey,
    JSON.stringify({ state: { assessments, lastPage: {} }, version: 1 }),
  ] as const);
}
