import { describe, expect, it } from 'vitest';
import { findExample } from '../../src/framework/examples';
import { buildReport } from '../../src/report/build-report';
import {
  conditionRadarData,
  obstacleBarData,
  scoreBandRegions,
  scorePoints,
  tensionData,
} from '../../src/report/chart-data';
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

describe('chart data at its edges', () => {
  it('an unknown obstacle is last, with no severity, in the method’s order among equals', () => {
    const bars = obstacleBarData({
      'obstacle.adoption': { value: 'dontKnow' },
      'obstacle.interoperability': { value: 1 },
      'obstacle.governance': { value: 3 },
      'obstacle.dataSecurity': { value: 1 },
      'obstacle.qualitySafety': { value: 0 },
    });
    expect(bars).toEqual([
      { obstacle: 'O3 Internal governance', severity: 3, label: 'High' },
      { obstacle: 'O2 Interoperability', severity: 1, label: 'Low' },
      { obstacle: 'O4 Data security', severity: 1, label: 'Low' },
      { obstacle: 'O5 Quality and safety', severity: 0, label: 'Negligible' },
      { obstacle: 'O1 Adoption', severity: null, label: "Don't know" },
      { obstacle: 'O6 Human factors', severity: null, label: 'Not answered' },
    ]);
  });

  it('a tension’s axis, its poles, where it sits (null when unknown) and whether it conflicts', () => {
    const rows = tensionData([], { 'tension.privacyVsTransparency': { value: 3 } });
    expect(rows.map((r) => r.index)).toEqual([0, 1, 2]);
    expect(rows[0]).toEqual({
      index: 0,
      tension: 'T1 Performance vs security',
      left: 'Performance and scale',
      right: 'Security and resilience',
      position: null,
      label: 'Not answered',
      ledgerFavours: 'Security and resilience',
      inConflict: false,
    });
    expect(rows[1]).toMatchObject({ position: 3, inConflict: false });
    expect(rows[1]!.label).not.toBe('Not answered');
  });

  it('a series with too little known has no point and no score band', () => {
    expect(scorePoints([{ key: 'k', name: 'Nothing yet', answers: {} }])).toEqual([
      {
        key: 'k',
        name: 'Nothing yet',
        fit: null,
        risk: null,
        band: 'Not enough answers yet',
        scoreBand: 'Not scored',
      },
    ]);
  });

  it('the score regions of the two bands that back a ledger', () => {
    expect(scoreBandRegions).toEqual([
      { label: 'Strong fit on scores', x1: 75, x2: 100, y1: 0, y2: 50 },
      { label: 'Conditional fit on scores', x1: 50, x2: 100, y1: 0, y2: 75 },
    ]);
  });

  it('compares answers as their labels, and leaves out unknown examples', () => {
    const series = exampleSeries(['patient-records', 'no-such-example', 'professional-credentials']);
    expect(series.map((s) => [s.key, s.name])).toEqual([
      ['example-patient-records', findExample('patient-records')!.title],
      ['example-professional-credentials', findExample('professional-credentials')!.title],
    ]);
    expect(series[0]!.answers).toEqual(ehr);
    const row = differingAnswers(series).find((r) => r.questionId === 'condition.nonConfidential');
    expect(row).toEqual({
      questionId: 'condition.nonConfidential',
      shortName: 'C5 Non-confidential data',
      answers: ['Not met', 'Largely met'],
    });
    expect(differingAnswers([series[0]!, series[0]!])).toEqual([]);
    const withEmpty = differingAnswers([series[0]!, { key: 'none', name: 'Nothing yet', answers: {} }]);
    expect(withEmpty.find((r) => r.questionId === 'condition.nonConfidential')?.answers).toEqual([
      'Not met',
      'Not answered',
    ]);
  });
});
