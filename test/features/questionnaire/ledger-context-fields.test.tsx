import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAssessmentsStore } from '../../../src/store/assessments-store';
import { renderAt } from '../../render-route';

let id: string;
beforeEach(() => {
  useAssessmentsStore.setState({ assessments: {}, lastPage: {} });
  id = useAssessmentsStore.getState().createAssessment('Consent ledger');
});

const saved = () => useAssessmentsStore.getState().assessments[id]!.proposal;

describe('what the ledger holds and direct care, on the proposal page', () => {
  it('lets the user say what the ledger holds and whether it is used in direct care, and saves both', async () => {
    const { user } = renderAt(`/assessments/${id}/pages/proposal`);
    const holds = await screen.findByRole('group', { name: /What would the ledger hold\?/ });
    expect(within(holds).getByText(/hazards and legal duties shown depend on it/)).toBeInTheDocument();
    await user.click(within(holds).getByRole('checkbox', { name: /consent or sharing preferences/ }));
    await user.click(within(holds).getByRole('checkbox', { name: /Hashes or audit markers/ }));

    const care = screen.getByRole('group', { name: /used in the direct care of patients\?/ });
    expect(care).toHaveAccessibleDescription(/DCB0129 and DCB0160/);
    expect(
      within(care)
        .getAllByRole('radio')
        .map((r) => (r as HTMLInputElement).value),
    ).toEqual(['yes', 'no', 'dontKnow']);
    await user.click(within(care).getByRole('radio', { name: 'Yes' }));

    expect(saved().ledgerHolds).toEqual(['consentPreferences', 'auditHashes']);
    expect(saved().directCare).toBe('yes');

    await user.click(within(care).getByRole('radio', { name: /Don.t know/ }));
    await user.click(within(holds).getByRole('checkbox', { name: /consent or sharing preferences/ }));
    await user.click(within(holds).getByRole('checkbox', { name: /Hashes or audit markers/ }));
    expect(saved().directCare).toBe('dontKnow');
    // Unticking every box is "not answered": the field goes, as in a file that never had it.
    expect(saved()).not.toHaveProperty('ledgerHolds');
  });

  it('may be left unanswered: the page still moves on', async () => {
    const { user } = renderAt(`/assessments/${id}/pages/proposal`);
    await screen.findByRole('group', { name: /What would the ledger hold\?/ });
    for (const name of [
      /How many organisations would write/,
      /stored on the ledger itself/,
      /identify a patient/,
    ]) {
      const group = screen.getByRole('group', { name });
      await user.click(within(group).getAllByRole('radio').at(-1)!);
    }
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: /core function/i })).toBeInTheDocument();
    expect(saved()).not.toHaveProperty('ledgerHolds');
    expect(saved()).not.toHaveProperty('directCare');
  });

  it('shows both answers on Check your answers', async () => {
    const store = useAssessmentsStore.getState();
    store.setLedgerHolds(id, ['prescriptions']);
    store.setDirectCare(id, 'no');
    renderAt(`/assessments/${id}/check`);
    const held = await screen.findByText('What would the ledger hold?');
    expect(held.nextElementSibling).toHaveTextContent('Prescriptions or medication records');
    const care = screen.getByText('Would it be used in the direct care of patients?');
    expect(care.nextElementSibling).toHaveTextContent(/^No$/);
  });
});
