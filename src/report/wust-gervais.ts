import { answerEquals } from '@/engine/answer-values';
import type { ArchitectureId } from '@/framework/alternatives';
import type { Answers } from '@/schema/assessment-schema';

/** Where the Wüst–Gervais tree ends: no blockchain (with the database it implies), or a kind of blockchain. */
export interface WustGervaisLeaf {
  readonly backsLedger: boolean;
  /** The design the leaf names, or 'permissionless' (a public chain, none of the seven designs here). */
  readonly design: ArchitectureId | 'permissionless';
  /** Which gate decided, in words. */
  readonly gate: string;
}

/**
 * K. Wüst and A. Gervais, "Do you need a Blockchain?" (CVCBT 2018), their decision tree, applied to the same
 * answers as the method, as a baseline. Mapping, fixed before any case was scored (docs/backtest.md):
 * 1. need to store state? ← "shared, consistent store needed" = No → no blockchain (each organisation's own database);
 * 2. multiple writers? ← one organisation writes → no blockchain (a central database);
 * 3. an always-online trusted third party? ← "operator all writers accept" = Yes → no blockchain (a trusted registry);
 * 4. all writers known? ← "writers known" = No → a permissionless blockchain;
 * 5. all writers trusted? ← "tamper-evident log needed" = No (no one needs protecting from another writer) →
 *    no blockchain (an ordinary shared database);
 * 6. otherwise a permissioned blockchain.
 * "Don't know" never fires a gate: the tree goes on to the next question, as a reader of the tree would.
 */
export function wustGervais(answers: Answers): WustGervaisLeaf {
  if (answerEquals(answers, 'prescreen.sharedStore', 'no'))
    return { backsLedger: false, design: 'ownDatabase', gate: 'no state needs storing and sharing' };
  if (answerEquals(answers, 'proposal.writerCount', 'one'))
    return { backsLedger: false, design: 'centralDatabase', gate: 'one writer' };
  if (answerEquals(answers, 'prescreen.trustedOperator', 'yes'))
    return { backsLedger: false, design: 'trustedRegistry', gate: 'a trusted third party is available' };
  if (answerEquals(answers, 'prescreen.knownWriters', 'no'))
    return { backsLedger: true, design: 'permissionless', gate: 'writers unknown' };
  if (answerEquals(answers, 'prescreen.tamperEvidentLog', 'no'))
    return { backsLedger: false, design: 'sharedDatabase', gate: 'writers trust one another' };
  return {
    backsLedger: true,
    design: 'permissionedLedger',
    gate: 'no gate stopped it: a permissioned chain',
  };
}
