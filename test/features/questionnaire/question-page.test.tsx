import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAssessmentsStore } from '../../../src/store/assessments-store';
import { renderAt } from '../../render-route';

let id: string;
beforeEach(() => {
  useAssessmentsStore.setState({ assessments: {}, lastPage: {} });
  id = useAssessmentsStore.getState().createAssessment('Staff passport');
});

const saved = () => useAssessmentsStore.getState().assessments[id]!;

describe('a condition page', () => {
  it('is built from the framework data, with help, the seed’s words and “Don’t know”', async () => {
    renderAt(`/assessments/${id}/pages/condition.nonConfidential`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Condition 5: Non-confidential data' }),
    ).toBeInTheDocument();
    const group = screen.getByRole('group', { name: /condition 5: the records hold nothing confidential/ });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => (r as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      'Not met',
      'Poorly met',
      'Partially met',
      'Largely met',
      'Fully met',
      'Don’t know'.replace('’', "'"),
    ]);
    expect(screen.getByText('Help with this question')).toBeInTheDocument();
    expect(screen.getByText(/Record does not contain confidential information/)).toBeInTheDocument();
  });

  it('shows an error summary linking to the question when nothing is chosen, and moves focus to it', async () => {
    const { user } = renderAt(`/assessments/${id}/pages/condition.nonConfidential`);
    await user.click(await screen.findByRole('button', { name: 'Save and continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    const link = within(summary).getByRole('link', {
      name: /Select an answer for “C5 Non-confidential data”/,
    });
    expect(summary).toHaveFocus();
    await user.click(link);
    expect(screen.getByRole('radio', { name: 'Not met' })).toHaveFocus();
    expect(screen.getAllByText(/Select an answer for “C5 Non-confidential data”/)).toHaveLength(2);
  });

  it('keeps focus where the user is while they fix the errors one by one', async () => {
    const { user } = renderAt(`/assessments/${id}/pages/prescreen`);
    await user.click(await screen.findByRole('button', { name: 'Save and continue' }));
    expect(await screen.findByRole('alert')).toHaveFocus();
    const group = screen.getByRole('group', { name: /Do several parties need one shared/ });
    const yes = within(group).getByRole('radio', { name: 'Yes' });
    await user.click(yes);
    expect(yes).toHaveFocus();
    const note = screen.getByRole('textbox', { name: /Who needs to see the same records/ });
    await user.type(note, 'Trusts');
    expect(note).toHaveFocus();
    expect(note).toHaveValue('Trusts');
  });

  it('saves “Don’t know” and the evidence note at once, then goes to the next page', async () => {
    const { user, location } = renderAt(`/assessments/${id}/pages/condition.nonConfidential`);
    await user.click(await screen.findByRole('radio', { name: "Don't know" }));
    expect(saved().answers['condition.nonConfidential']?.value).toBe('dontKnow');
    await user.type(screen.getByRole('textbox', { name: /Evidence: what is sensitive/ }), 'Rosters only');
    expect(saved().answers['condition.nonConfidential']?.note).toBe('Rosters only');
    expect(JSON.parse(localStorage.getItem('ledger-fit:assessments')!).state.assessments[id].answers).toEqual(
      {
        'condition.nonConfidential': { value: 'dontKnow', note: 'Rosters only' },
      },
    );
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(location.history?.at(-1)).toBe(`/assessments/${id}/pages/condition.governanceIncentives`);
  });

  it('keeps numeric ratings as numbers', async () => {
    const { user } = renderAt(`/assessments/${id}/pages/condition.commonInterest`);
    await user.click(await screen.findByRole('radio', { name: 'Largely met' }));
    expect(saved().answers['condition.commonInterest']).toEqual({ value: 3 });
  });
});

describe('skip logic', () => {
  it('says so on a page of its own when the pre-screen ends the assessment, keeps later answers, and can continue in full', async () => {
    useAssessmentsStore.getState().setAnswer(id, 'condition.commonInterest', 3);
    useAssessmentsStore.getState().setAnswer(id, 'prescreen.sharedStore', 'yes');
    const { user, location } = renderAt(`/assessments/${id}/pages/prescreen`);
    const group = await screen.findByRole('group', { name: /Do several parties need one shared/ });
    await user.click(within(group).getByRole('radio', { name: 'No' }));
    for (const label of [
      /organisation that every writer/,
      /only ever be added to/,
      /tamper-evident log/,
      /known and identified/,
    ]) {
      await user.click(
        within(screen.getByRole('group', { name: label })).getByRole('radio', { name: 'Yes' }),
      );
    }
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(location.history?.at(-1)).toBe(`/assessments/${id}/stopped`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'A distributed ledger is not needed here' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/What would serve instead: Each organisation's own database/),
    ).toBeInTheDocument();
    expect(saved().answers['condition.commonInterest']?.value).toBe(3);
    await user.click(screen.getByRole('button', { name: 'Continue the full assessment anyway' }));
    expect(location.history?.at(-1)).toBe(`/assessments/${id}/pages/condition.commonInterest`);
    expect(await screen.findByText(/page 4 of 18/)).toBeInTheDocument();
    expect(screen.queryByText(/^Not needed/)).not.toBeInTheDocument();
  });
});
