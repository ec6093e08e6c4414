import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/schema/assessment-schema';
import { useAssessmentsStore } from '../../../src/store/assessments-store';
import { renderAt } from '../../render-route';

/** `count` saved assessments, "Proposal 1" changed first and the last one most recently. */
function saveAssessments(count: number) {
  useAssessmentsStore.setState({ assessments: {}, lastPage: {}, needsRepair: {} });
  const { createAssessment } = useAssessmentsStore.getState();
  const ids = Array.from({ length: count }, (_, i) => createAssessment(`Proposal ${i + 1}`));
  useAssessmentsStore.setState((s) => ({
    assessments: Object.fromEntries(
      ids.map((id, i): [string, Assessment] => [
        id,
        { ...s.assessments[id]!, updatedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() },
      ]),
    ),
  }));
}

// Names such as /^Next ?page$/: jsdom joins a visually hidden span to the word before it ("Nextpage");
// browsers say "Next page".
const rowTitles = () =>
  within(screen.getByRole('table', { name: /Your saved assessments/ }))
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent);
const proposals = (...numbers: number[]) => numbers.map((n) => `Proposal ${n}`);
const countdown = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => from - i);

beforeEach(() => saveAssessments(45));

describe('the saved assessments, a page at a time', () => {
  it('shows the 20 most recently changed first, says how many there are, and still exports every one', async () => {
    renderAt('/');
    expect(await screen.findByText('Showing 1 to 20 of 45 assessments')).toBeVisible();
    expect(rowTitles()).toEqual(proposals(...countdown(45, 26)));
    const pages = screen.getByRole('navigation', { name: 'Pages of saved assessments' });
    expect(within(pages).getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
    expect(within(pages).queryByRole('link', { name: /^Previous ?page$/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export everything (45)' })).toBeVisible();
  });

  it('goes to the next page, keeps it in the address and moves focus to the line that says which are shown', async () => {
    const { user, location } = renderAt('/');
    const pages = await screen.findByRole('navigation', { name: 'Pages of saved assessments' });
    await user.click(within(pages).getByRole('link', { name: /^Next ?page$/ }));
    const range = await screen.findByText('Showing 21 to 40 of 45 assessments');
    expect(range).toHaveFocus();
    expect(location.history?.at(-1)).toBe('/?page=2');
    expect(rowTitles()).toEqual(proposals(...countdown(25, 6)));
    expect(within(pages).getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  });

  it('opens on the page in the address, as after a reload, and on the last page when it asks for more', async () => {
    renderAt('/?page=3');
    expect(await screen.findByText('Showing 41 to 45 of 45 assessments')).toBeVisible();
    expect(rowTitles()).toEqual(proposals(5, 4, 3, 2, 1));
    screen.getByRole('table', { name: 'Your saved assessments, page 3 of 3' });
  });

  it('brings a page number past the end back to the last page', async () => {
    renderAt('/?page=99');
    expect(await screen.findByText('Showing 41 to 45 of 45 assessments')).toBeVisible();
  });

  it('shows a renamed assessment at the top of the first page, where a change puts it', async () => {
    const { user, location } = renderAt('/?page=2');
    await user.click(await screen.findByRole('button', { name: /^Rename ?Proposal 10$/ }));
    const input = screen.getByLabelText('New title for Proposal 10');
    await user.clear(input);
    await user.type(input, 'Renamed proposal');
    await user.click(screen.getByRole('button', { name: 'Save title' }));
    expect(await screen.findByText('Showing 1 to 20 of 45 assessments')).toHaveFocus();
    expect(location.history?.at(-1)).toBe('/');
    expect(rowTitles()[0]).toBe('Renamed proposal');
  });

  it('shows a duplicate at the top of the first page', async () => {
    const { user, location } = renderAt('/?page=2');
    await user.click(await screen.findByRole('button', { name: /^Duplicate ?Proposal 10$/ }));
    expect(await screen.findByText('Showing 1 to 20 of 46 assessments')).toHaveFocus();
    expect(location.history?.at(-1)).toBe('/');
    expect(rowTitles()[0]).toBe('Copy of Proposal 10');
  });

  it('moves to the page before when the last one on the last page is deleted; Undo brings it back there', async () => {
    saveAssessments(41);
    const { user } = renderAt('/?page=3');
    await user.click(await screen.findByRole('button', { name: /^Delete ?Proposal 1$/ }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete “Proposal 1”' }));
    expect(await screen.findByText('Showing 21 to 40 of 40 assessments')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('“Proposal 1” was deleted.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Showing 41 to 41 of 41 assessments')).toBeVisible();
    expect(rowTitles()).toEqual(['Proposal 1']);
    expect(Object.keys(useAssessmentsStore.getState().assessments)).toHaveLength(41);
  });

  it('shows every assessment, with no page links, when they fit on one page', async () => {
    saveAssessments(20);
    renderAt('/');
    await screen.findByRole('table', { name: 'Your saved assessments' });
    expect(rowTitles()).toHaveLength(20);
    expect(screen.queryByRole('navigation', { name: 'Pages of saved assessments' })).not.toBeInTheDocument();
    expect(screen.queryByText(/^Showing/)).not.toBeInTheDocument();
  });
});
