import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { workedExamples } from '../../../src/framework/examples';
import { renderAt } from '../../render-route';

describe('the worked examples page', () => {
  it('lists every example with the verdict the engine computes and its top reasons', async () => {
    renderAt('/examples');
    expect(await screen.findByRole('heading', { level: 1, name: 'Worked examples' })).toBeInTheDocument();
    const cards = screen.getAllByRole('listitem').filter((li) => li.classList.contains('card'));
    expect(cards).toHaveLength(workedExamples.length);
    const ehr = cards.find((c) => within(c).queryByRole('heading', { name: /patient records/ }))!;
    expect(within(ehr).getByText('Weak fit')).toBeInTheDocument();
    expect(within(ehr).getByText(/condition 5 \(non-confidential data\) is not met/)).toBeInTheDocument();
    const credentials = cards.find((c) =>
      within(c).queryByRole('heading', { name: 'Professional credentials' }),
    )!;
    expect(within(credentials).getByText('Strong fit')).toBeInTheDocument();
  });
});
