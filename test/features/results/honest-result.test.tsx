import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { allQuestions } from '../../../src/framework/questions';
import { useAssessmentsStore } from '../../../src/store/assessments-store';
import { renderAt } from '../../render-route';

const store = () => useAssessmentsStore.getState();
let id: string;
beforeEach(() => {
  useAssessmentsStore.setState({ assessments: {}, lastPage: {}, needsRepair: {}, fullAssessment: {} });
  id = store().createAssessment('Discharge summaries');
});

describe('a result from little or no evidence', () => {
  it('with every answer "Don’t know" shows no band, no score and no design, and lists what to answer first', async () => {
    for (const q of allQuestions) store().setAnswer(id, q.id, 'dontKnow');
    renderAt(`/assessments/${id}/result`);
    const verdict = await screen.findByRole('region', { name: 'Verdict' });
    expect(within(verdict).getByText('Not enough answers yet')).toBeInTheDocument();
    expect(within(verdict).getByRole('link', { name: 'C5 Non-confidential data' })).toHaveAttribute(
      'href',
      `/assessments/${id}/pages/condition.nonConfidential`,
    );
    // No band in the verdict or the what-if panel (a compared worked example on the charts keeps its own).
    expect(verdict).not.toHaveTextContent(/Weak fit|Strong fit|Conditional fit|Not a fit/);
    expect(screen.getByRole('complementary', { name: 'What if' })).toHaveTextContent(
      'Not enough answers yet',
    );
    expect(screen.queryByRole('heading', { name: 'What would serve better' })).not.toBeInTheDocument();
    expect(document.body.textContent).toMatch(/Condition fit not scored and obstacle risk not scored/);
  });

  it('after a pre-screen stop, says the skipped parts are not scored and offers to continue in full', async () => {
    store().setAnswer(id, 'prescreen.trustedOperator', 'yes');
    renderAt(`/assessments/${id}/result`);
    const verdict = await screen.findByRole('region', { name: 'Verdict' });
    expect(verdict).toHaveTextContent('Not a fit');
    expect(screen.getByText(/The pre-screen ended this assessment/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Continue the full assessment anyway' })).toHaveAttribute(
      'href',
      `/assessments/${id}/stopped`,
    );
    expect(document.body.textContent).toMatch(/Condition fit not scored and obstacle risk not scored/);
  });
});
