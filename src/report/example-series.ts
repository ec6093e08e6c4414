import { findExample } from '@/framework/examples';
import { exampleToAssessment } from '@/schema/example-assessment';
import type { Series } from './chart-data';

/** Worked examples as chart series, in the order given. */
export function exampleSeries(ids: readonly string[]): Series[] {
  return ids.flatMap((exampleId) => {
    const example = findExample(exampleId);
    return example
      ? [{ key: `example-${example.id}`, name: example.title, answers: exampleToAssessment(example).answers }]
      : [];
  });
}
