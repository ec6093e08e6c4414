/** The engine's result types, as the report carries them to components and features. */
export type {
  AssessmentResult,
  Contribution,
  ReasonKind,
  TensionPosition,
} from '@/engine/result-types';
