import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAssessmentsStore } from '../../../src/store/assessments-store';
import { renderAt } from '../../render-route';

let id: string;
beforeEach(() => {
  useAssessmentsStore.setState({ assessments: {}, lastPage: {}, needsRepair: {} });
  id = useAssessmentsStore.getState().createAssessment('Staff passport');
});
const saved = () => useAssessmentsStore.getState().assessments[id]!;

describe('limits at input', () => {
  it('says at once that a 201-character title is too long, keeps the saved title, and saves once it fits', async () => {
    renderAt(`/assessments/${id}/pages/proposal`);
    const title = await screen.findByLabelText('Title of the proposal');
    fireEvent.change(title, { target: { value: 't'.repeat(201) } });
    expect(
      await screen.findByText(/The title is 201 characters; the limit is 200\. Shorten it to save it\./),
    ).toBeVisible();
    expect(screen.getByText('201 characters: 1 too many (the limit is 200)')).toBeVisible();
    expect(saved().proposal.title).toBe('Staff passport');
    fireEvent.change(title, { target: { value: 't'.repeat(200) } });
    expect(screen.queryByText(/Shorten it to save it/)).not.toBeInTheDocument();
    expect(saved().proposal.title).toBe('t'.repeat(200));
  });

  it('says how long an over-long note is and the limit, without claiming storage is full', async () => {
    renderAt(`/assessments/${id}/pages/condition.commonInterest`);
    const note = await screen.findByLabelText(/evidence|Who shares|interest/i, { selector: 'textarea' });
    fireEvent.change(note, { target: { value: 'n'.repeat(10_001) } });
    expect(await screen.findByText(/is 10,001 characters; the limit is 10,000/)).toBeVisible();
    expect(screen.queryByText(/storage is full/)).not.toBeInTheDocument();
    expect(saved().answers).toEqual({});
  });

  it('offers a real date input that stores one format', async () => {
    renderAt(`/assessments/${id}/pages/proposal`);
    const date = (await screen.findByLabelText(/^Date of assessment/)) as HTMLInputElement;
    expect(date.type).toBe('date');
    fireEvent.change(date, { target: { value: '2026-11-26' } });
    expect(saved().proposal.date).toBe('2026-11-26');
  });

  it('lists an over-long field in the error summary when the page is submitted', async () => {
    const { user } = renderAt(`/assessments/${id}/pages/proposal`);
    const title = await screen.findByLabelText('Title of the proposal');
    fireEvent.change(title, { target: { value: 'x'.repeat(250) } });
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('The title is 250 characters; the limit is 200');
  });
});
