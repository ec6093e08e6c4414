import type { CoreFunctionId } from '@/framework/core-functions';
import type { Answers } from '@/schema/assessment-schema';
import { readYesNo } from './answer-values';

/** The core functions the proposal relies on; "don't know" counts as possibly relied on. */
export function reliedOnCoreFunctions(answers: Answers): CoreFunctionId[] {
  const ids: CoreFunctionId[] = ['coreFunction.trackAndTrace', 'coreFunction.recordPooling'];
  return ids.filter((id) => readYesNo(answers, id) !== 'no');
}

/** Condition weights follow record pooling unless the proposal relies on track-and-trace alone. */
export function conditionWeightKey(answers: Answers): 'recordPooling' | 'trackAndTraceOnly' {
  const pooling = readYesNo(answers, 'coreFunction.recordPooling');
  const tracing = readYesNo(answers, 'coreFunction.trackAndTrace');
  return pooling === 'no' && tracing === 'yes' ? 'trackAndTraceOnly' : 'recordPooling';
}
