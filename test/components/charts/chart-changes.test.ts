import { describe, expect, it } from 'vitest';
import {
  obstacleBarsChanged,
  radarChanged,
  scoreBandsChanged,
  tensionAxesChanged,
} from '../../../src/components/charts/chart-changes';
import { workedExamples } from '../../../src/framework/examples';
import { buildReport } from '../../../src/report/build-report';
import type { Series } from '../../../src/report/chart-data';
import type { Answers } from '../../../src/schema/assessment-schema';
import { exampleToAssessment } from '../../../src/schema/example-assessment';

const ehr = exampleToAssessment(workedExamples.find((e) => e.id === 'patient-records')!).answers;
const withAnswer = (answers: Answers, id: string, value: number): Answers => ({
  ...answers,
  [id]: { ...answers[id], value },
});
const proposal = (answers: Answers): Series[] => [{ key: 'proposal', name: 'This proposal', answers }];
const tensionsOf = (answers: Answers) => ({ tensions: buildReport({ answers }).tensions, answers });

describe('which result charts a change of answers redraws', () => {
  it('redraws the radar and the score bands, not the obstacles or tensions, when a condition changes', () => {
    const changed = withAnswer(ehr, 'condition.nonConfidential', 4);
    expect(ehr['condition.nonConfidential']?.value).not.toBe(4);
    expect(radarChanged(proposal(ehr), proposal(changed))).toBe(true);
    expect(scoreBandsChanged(proposal(ehr), proposal(changed))).toBe(true);
    expect(obstacleBarsChanged(ehr, changed)).toBe(false);
    expect(tensionAxesChanged(tensionsOf(ehr), tensionsOf(changed))).toBe(false);
  });

  it('redraws the obstacle bars and the score bands, not the radar, when an obstacle changes', () => {
    const changed = withAnswer(ehr, 'obstacle.adoption', ehr['obstacle.adoption']?.value === 0 ? 4 : 0);
    expect(obstacleBarsChanged(ehr, changed)).toBe(true);
    expect(scoreBandsChanged(proposal(ehr), proposal(changed))).toBe(true);
    expect(radarChanged(proposal(ehr), proposal(changed))).toBe(false);
  });

  it('redraws the tension axes when a tension moves', () => {
    const changed = withAnswer(
      ehr,
      'tension.privacyVsTransparency',
      ehr['tension.privacyVsTransparency']?.value === 0 ? 4 : 0,
    );
    expect(tensionAxesChanged(tensionsOf(ehr), tensionsOf(changed))).toBe(true);
    expect(radarChanged(proposal(ehr), proposal(changed))).toBe(false);
    expect(obstacleBarsChanged(ehr, changed)).toBe(false);
  });

  it('redraws the radar and the score bands when a compared example is added or renamed', () => {
    const example: Series = { key: 'example', name: 'An example', answers: ehr };
    expect(radarChanged(proposal(ehr), [...proposal(ehr), example])).toBe(true);
    expect(scoreBandsChanged(proposal(ehr), [...proposal(ehr), example])).toBe(true);
    const renamed = [...proposal(ehr), { ...example, name: 'Renamed' }];
    expect(radarChanged([...proposal(ehr), example], renamed)).toBe(true);
    expect(scoreBandsChanged([...proposal(ehr), example], renamed)).toBe(true);
  });

  it('redraws nothing for the same answers in new objects', () => {
    const copy = structuredClone(ehr);
    expect(radarChanged(proposal(ehr), proposal(copy))).toBe(false);
    expect(scoreBandsChanged(proposal(ehr), proposal(copy))).toBe(false);
    expect(obstacleBarsChanged(ehr, copy)).toBe(false);
    expect(tensionAxesChanged(tensionsOf(ehr), tensionsOf(copy))).toBe(false);
  });
});
