import { describe, expect, it } from 'vitest';
import { workedExamples } from '../../../src/framework/examples';
import { buildReport } from '../../../src/report/build-report';
import { exampleSeries } from '../../../src/report/example-series';
import { exampleToAssessment } from '../../../src/schema/example-assessment';

describe('what crosses to the board-paper worker', () => {
  it.each(workedExamples.map((e) => [e.id, e] as const))(
    'the %s assessment, its compared series and its report survive a structured clone unchanged',
    (_, example) => {
      const assessment = exampleToAssessment(example);
      const comparedWith = exampleSeries(['professional-credentials', 'patient-records']);
      // structuredClone throws on functions, class instances with private state and symbols.
      expect(structuredClone({ assessment, comparedWith })).toEqual({ assessment, comparedWith });
      const report = buildReport(assessment);
      expect(structuredClone(report)).toEqual(report);
    },
  );
});
