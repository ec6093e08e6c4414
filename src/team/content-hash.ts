import type { Assessment } from '@/schema/assessment-schema';
import { canonicalJson, sha256Hex } from './canonical-json';

/**
 * What a signature covers: the assessment's content, not when it was saved or who signed it. Timestamps,
 * the team record (signatures, history) and the local id of a copy are left out; everything a board reads is in.
 */
export function signedContent(assessment: Assessment): unknown {
  return {
    proposal: assessment.proposal,
    answers: assessment.answers,
    hazardLog: assessment.hazardLog ?? {},
    workshop: assessment.workshop,
    reviewer: assessment.team?.reviewer,
    version: assessment.team?.version,
  };
}

/** SHA-256 (hex) of the canonical JSON of the signed content. */
export function contentHash(assessment: Assessment): string {
  return sha256Hex(canonicalJson(signedContent(assessment)));
}
