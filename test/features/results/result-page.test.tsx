import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAssessmentsStore } from '../../../src/store/assessments-store';
import { renderAt } from '../../render-route';

let id: string;
beforeEach(async () => {
  useAssessmentsStore.setState({ assessments: {}, lastPage: {} });
  id = (await useAssessmentsStore.getState().createFromExample('patient-records'))!;
});

describe('the result page for the EHR example', () => {
  it('gives the verdict, condition 5 as what decided it, condition 2 as also limiting it, and the alternative', async () => {
    renderAt(`/assessments/${id}/result`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Result' })).toBeInTheDocument();
    const panel = screen.getByRole('region', { name: 'Verdict' });
    expect(within(panel).getByText('Weak fit')).toBeInTheDocument();
    const decisive = screen.getByRole('region', { name: 'What decided the verdict' });
    expect(
      within(decisive).getByText(/condition 5 \(non-confidential data\) is not met/),
    ).toBeInTheDocument();
    const limiting = screen.getByRole('region', { name: 'Also limiting it' });
    expect(
      within(limiting).getByText(/Condition 2 \(semantic interoperability\) is poorly met/),
    ).toBeInTheDocument();
    expect(within(decisive).getByRole('link', { name: 'C5 Non-confidential data: Not met' })).toHaveAttribute(
      'href',
      `/assessments/${id}/pages/condition.nonConfidential?return=check`,
    );
    expect(screen.getByRole('heading', { name: 'What would serve better' })).toBeInTheDocument();
    expect(screen.getByText('Hash anchoring with off-chain storage.')).toBeInTheDocument();
  });

  it('flips the band with a what-if change and restores it on reset, without saving', async () => {
    const { user } = renderAt(`/assessments/${id}/result`);
    const side = await screen.findByRole('complementary', { name: 'What if' });
    expect(within(side).getByRole('status')).toHaveTextContent('Verdict now: ▽ Weak fit');
    const hint = within(side).getByText(/^Change an answer below to try it/);
    expect(hint).toBeVisible();
    // whatWouldChange's own suggestion: data off the ledger, condition 5 met, and one severe obstacle eased.
    await user.selectOptions(
      within(side).getByLabelText(/^What goes on the ledger/),
      'Hashes or audit markers only',
    );
    await user.selectOptions(within(side).getByLabelText(/^C5 Non-confidential data/), 'Fully met');
    await user.selectOptions(within(side).getByLabelText(/^O2 Interoperability/), 'Low');
    await waitFor(() =>
      expect(within(side).getByRole('status')).toHaveTextContent('Verdict now: ◇ Conditional fit'),
    );
    expect(within(side).getByRole('status')).toHaveTextContent('Saved verdict: ▽ Weak fit');
    expect(
      within(screen.getByRole('region', { name: 'Verdict' })).getByText('Conditional fit'),
    ).toBeInTheDocument();
    // The buttons take the hint's place.
    expect(within(side).getByRole('button', { name: 'Apply these changes' })).toBeVisible();
    expect(hint).not.toBeVisible();
    expect(useAssessmentsStore.getState().assessments[id]?.answers['proposal.onChainData']?.value).toBe(
      'records',
    );

    await user.click(within(side).getByRole('button', { name: 'Reset' }));
    expect(within(side).getByRole('status')).toHaveTextContent('Verdict now: ▽ Weak fit');
    expect(within(side).getByRole('status')).toHaveTextContent('No answers changed.');
    // Nothing to apply or reset: the buttons keep their place but are out of reach (and of the tab order).
    expect(within(side).queryByRole('button', { name: 'Reset' })).toBeNull();
    expect(within(side).queryByRole('button', { name: 'Apply these changes' })).toBeNull();
    expect(hint).toBeVisible();
    expect(within(side).getByLabelText(/^What goes on the ledger/)).toHaveValue('records');
  });

  it('saves what-if changes only when applied', async () => {
    const { user } = renderAt(`/assessments/${id}/result`);
    const side = await screen.findByRole('complementary', { name: 'What if' });
    await user.selectOptions(within(side).getByLabelText(/^C6 Governance and incentives/), 'Largely met');
    await user.click(within(side).getByRole('button', { name: 'Apply these changes' }));
    expect(
      useAssessmentsStore.getState().assessments[id]?.answers['condition.governanceIncentives']?.value,
    ).toBe(3);
  });

  it('says so when applied what-if changes could not be saved, and keeps them on screen', async () => {
    const { user } = renderAt(`/assessments/${id}/result`);
    const side = await screen.findByRole('complementary', { name: 'What if' });
    useAssessmentsStore.setState({
      setAnswer: () => ({ ok: false, problems: ['This browser’s storage is full.'] }),
    });
    await user.selectOptions(within(side).getByLabelText(/^C6 Governance and incentives/), 'Largely met');
    await user.click(within(side).getByRole('button', { name: 'Apply these changes' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Some what-if changes were not saved');
    expect(alert).toHaveTextContent('This browser’s storage is full.');
    expect(within(side).getByLabelText(/^C6 Governance and incentives/)).toHaveDisplayValue('Largely met');
  });

  it('draws the charts lazily, each with its data table', async () => {
    renderAt(`/assessments/${id}/result`);
    expect(await screen.findByRole('heading', { name: 'The six conditions' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Condition ratings' });
    const row = within(table).getByRole('row', { name: /C5 Non-confidential data/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Not met', 'Largely met']);
  });
});
