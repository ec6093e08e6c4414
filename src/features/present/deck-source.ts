import { findExample } from '@/framework/examples';
import type { Assessment } from '@/schema/assessment-schema';
import { exampleToAssessment } from '@/schema/example-assessment';
import { useAssessmentsStore } from '@/store/assessments-store';

/** What a deck presents: a saved assessment (`a`) or a worked example (`e`). */
export type DeckKind = 'a' | 'e';

export function useDeckSource(kind: string, id: string): Assessment | undefined {
  const saved = useAssessmentsStore((s) => (kind === 'a' ? s.assessments[id] : undefined));
  if (kind === 'a') return saved;
  const example = kind === 'e' ? findExample(id) : undefined;
  return example ? exampleToAssessment(example) : undefined;
}

export const channelFor = (kind: string, id: string) => `ledger-fit-present:${kind}:${id}`;
export const presenterPath = (kind: string, id: string, slide: number) =>
  `/present/${kind}/${id}/${slide + 1}`;
export const audiencePath = (kind: string, id: string, slide: number) =>
  `/audience/${kind}/${id}/${slide + 1}`;
export const slideFromParam = (param: string | undefined, count: number) =>
  Math.max(0, Math.min(count - 1, (Number.parseInt(param ?? '1', 10) || 1) - 1));
