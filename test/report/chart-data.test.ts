import { describe, expect, it } from 'vitest';
import { findExample } from '../../src/framework/examples';
import { buildReport } from '../../src/report/build-report';
import { conditionRadarData, obstacleBarData, scorePoints, tensionData } from '../../src/report/chart-data';
import { differingAnswers } from '../../src/report/compare';
import { exampleSeries } from '../../src/report/example-series';
import { exampleToAssessment } from '../../src/schema/example-assessment';

const ehr = exampleToAssessment(findExample('patient-records')!).answers;

describe('chart data', () => {
  it('gives the radar one row per condition and one column per series, null where unknown', () => {
    const rows = conditionRadarData(exampleSeries(['patient-records', 'professional-credentials']));
    expect(rows).toHaveLength(6);
    expect(rows[4]).toEqual({
      condition: 'C5 Non-confidential data',
      'example-patient-records': 0,
      'example-professional-credentials': 3,
    });
    expect(rows[5]?.['example-patient-records']).toBeNull();
  });

  it('orders obstacles from most to least severe', () => {
    const severities = obstacleBarData(ehr).map((d) => d.severity);
    expect(severities).toEqual([...severities].sort((a, b) => (b ?? -1) - (a ?? -1)));
    expect(obstacleBarData(ehr)[0]).toMatchObject({ severity: 4, label: 'Severe' });
  });

  it('marks the EHR privacy tension in conflict', () => {
    const rows = tensionData(buildReport({ answers: ehr }).tensions, ehr);
    expect(rows.map((r) => r.inConflict)).toEqual([false, true, false]);
    expect(rows[1]).toMatchObject({ position: 0, ledgerFavours: 'Transparency and accountability' });
  });

  it('places each series by its scores with its verdict', () => {
    const [point] = scorePoints(exampleSeries(['patient-records']));
    expect(point).toMatchObject({ fit: 45, risk: 83.3, band: 'Weak fit', scoreBand: 'Weak fit' });
  });

  it('lists only the answers that differ between proposals', () => {
    const rows = differingAnswers(exampleSeries(['patient-records', 'professional-credentials']));
    expect(rows.map((r) => r.questionId)).toContain('condition.nonConfidential');
    expect(rows.map((r) => r.questionId)).not.toContain('proposal.writerCount');
  });
});
