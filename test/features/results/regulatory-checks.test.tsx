import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RegulatoryChecks } from '../../../src/features/results/regulatory-checks';
import { findExample } from '../../../src/framework/examples';
import { buildReport } from '../../../src/report/build-report';
import { regulatoryChecks } from '../../../src/report/regulatory';
import { exampleToAssessment } from '../../../src/schema/example-assessment';
import { dischargeSummaries } from '../../scenarios/scenarios';

describe('the regulatory checks on the result page', () => {
  const regulatory = regulatoryChecks(['ukNhs'], dischargeSummaries, { directCare: 'yes' });

  it('says when the law was checked, each duty’s modality, and links its sources', () => {
    render(<RegulatoryChecks regulatory={regulatory} today="2026-12-10" />);
    expect(screen.getByText(/Law checked on 2 December 2026/)).toBeInTheDocument();
    expect(screen.queryByText(/Not reviewed for twelve months/)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'England (NHS England)' })).toBeInTheDocument();
    expect(
      screen.getByText(/Wales, Scotland and Northern Ireland each have their own rules/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByRole('link', { name: /National review of clinical risk management standards/ })[0],
    ).toHaveAttribute('href', expect.stringMatching(/^https:\/\/www\.england\.nhs\.uk\//));
    expect(screen.getAllByText('(must)').length).toBeGreaterThan(0);
    expect(screen.getByText('(should)')).toBeInTheDocument();
  });

  it('flags entries not reviewed for twelve months', () => {
    render(<RegulatoryChecks regulatory={regulatory} today="2027-12-02" />);
    expect(screen.getByText(/Not reviewed for twelve months or more/)).toBeInTheDocument();
  });

  // The medicine supply chain (US): no US duty is triggered. The page said "Law checked on ; re-check before
  // relying on it." above "None of this profile's duties is triggered by these answers."
  it('gives no date when no duty is shown, and says none is triggered', () => {
    const { regulatory: none } = buildReport(exampleToAssessment(findExample('medicine-supply-chain')!));
    render(<RegulatoryChecks regulatory={none} today="2026-12-10" />);
    expect(screen.queryByText(/Law checked on/)).not.toBeInTheDocument();
    expect(
      screen.getByText('None of this profile’s duties is triggered by these answers.'),
    ).toBeInTheDocument();
  });
});
