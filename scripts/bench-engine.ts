import { assess } from '../src/engine/assess';
import { whatWouldChange } from '../src/engine/what-would-change';
import { findExample } from '../src/framework/examples';
import { exampleToAssessment } from '../src/schema/example-assessment';

export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Median time (ms) of one call, over `batches` batches of `perBatch` calls (so sub-millisecond calls are measurable). */
function time(fn: () => void, batches: number, perBatch: number): number {
  for (let i = 0; i < perBatch; i++) fn(); // warm up
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) fn();
    samples.push((performance.now() - start) / perBatch);
  }
  return median(samples);
}

/** The engine on a full assessment (the EHR example, every question answered), in Node. */
export function benchEngine() {
  const answers = exampleToAssessment(findExample('patient-records')!).answers;
  return {
    assessMs: time(() => assess(answers), 40, 50),
    whatWouldChangeMs: time(() => whatWouldChange(answers, 'better'), 30, 5),
  };
}
