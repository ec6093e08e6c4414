export { assess } from './assess';
export { bandIndex } from './bands';
export { activeSkipRule, missingQuestionIds, neededQuestionIds } from './completeness';
export { decide } from './decide';
export type * from './result-types';
export { type Direction, whatWouldChange } from './what-would-change';
