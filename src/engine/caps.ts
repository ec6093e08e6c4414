import { conditions } from '@/framework/conditions';
import { obstacles } from '@/framework/obstacles';
import type { QuestionId } from '@/framework/questions';
import { conditionRatingScale } from '@/framework/scales';
import { tensions } from '@/framework/tensions';
import type { Answers } from '@/schema/assessment-schema';
import { answerEquals, readRating, readYesNo } from './answer-values';
import { conditionWeightKey } from './core-function';
import type { BandCap, PrescreenFailure, TensionPosition } from './result-types';

const ratingLabel = (value: number) => conditionRatingScale[value]?.label.toLowerCase() ?? String(value);

/** Every rule that limits how good the verdict can be, each with its reason. Order: most decisive first. */
export function bandCaps(
  answers: Answers,
  failures: readonly PrescreenFailure[],
  tensionResults: readonly TensionPosition[],
): BandCap[] {
  const caps: BandCap[] = failures.map((f) => ({
    band: 'notAFit',
    alternative: f.alternative,
    reason: {
      id: `gate.${f.questionId}`,
      kind: 'gate',
      text: `Pre-screen: ${f.reason}`,
      questionIds: [f.questionId],
    },
  }));

  if (
    readYesNo(answers, 'coreFunction.trackAndTrace') === 'no' &&
    readYesNo(answers, 'coreFunction.recordPooling') === 'no'
  ) {
    caps.push({
      band: 'notAFit',
      alternative: 'sharedDatabase',
      reason: {
        id: 'gate.noCoreFunction',
        kind: 'gate',
        text: 'The proposal relies on neither core function a ledger can serve (Yeung 2019, §5), so the talk gives no reason to use one.',
        questionIds: ['coreFunction.trackAndTrace', 'coreFunction.recordPooling'],
      },
    });
  }

  // Seed §5, condition 4: without automated validity checks "an ordinary shared data-base would suffice".
  const validity = readRating(answers, 'condition.validityCheck');
  if (validity !== undefined && validity <= 1) {
    caps.push({
      band: 'notAFit',
      alternative: 'sharedDatabase',
      reason: {
        id: 'gate.condition.validityCheck',
        kind: 'gate',
        text: `Condition 4 (need to ensure the validity of each record) is ${ratingLabel(validity)}: with nothing for distributed consensus to validate automatically, an ordinary shared database would suffice.`,
        questionIds: ['condition.validityCheck'],
      },
    });
  }

  // Seed §5, condition 5 and §3a data security: access controls do not stop leakage once data is revealed.
  const confidentiality = readRating(answers, 'condition.nonConfidential');
  const beyondHashes =
    answerEquals(answers, 'proposal.onChainData', 'metadata') ||
    answerEquals(answers, 'proposal.onChainData', 'records');
  const identifiable = answerEquals(answers, 'proposal.patientIdentifiable', 'yes');
  const confidentialityFails = confidentiality !== undefined && confidentiality <= 1;
  if (beyondHashes && (confidentialityFails || identifiable)) {
    const because = [
      confidentialityFails
        ? `condition 5 (non-confidential data) is ${ratingLabel(confidentiality)}`
        : undefined,
      identifiable ? 'patient-identifiable data would be on the ledger' : undefined,
    ]
      .filter(Boolean)
      .join(' and ');
    caps.push({
      band: 'weakFit',
      alternative:
        readYesNo(answers, 'coreFunction.trackAndTrace') === 'no' ? 'sharedDatabase' : 'hashAnchoring',
      reason: {
        id: 'gate.condition.nonConfidential',
        kind: 'gate',
        // Only a proposal that pools records (or may) has record pooling to rule out; one that only traces is
        // told what is wrong with its design instead.
        text:
          readYesNo(answers, 'coreFunction.recordPooling') === 'no'
            ? `Confidential data would sit on the ledger: ${because}, and the ledger would hold more than hashes. Access controls do not solve data leakage: once revealed, data can be copied and kept for ever. Keep only hashes on the ledger.`
            : `Record pooling is ruled out: ${because}, and the ledger would hold more than hashes. Access controls do not solve data leakage: once revealed, data can be copied and kept for ever.`,
        questionIds: [
          ...(confidentialityFails ? (['condition.nonConfidential'] as const) : []),
          ...(identifiable ? (['proposal.patientIdentifiable'] as const) : []),
          'proposal.onChainData',
        ],
      },
    });
  }

  const weightKey = conditionWeightKey(answers);
  for (const c of conditions) {
    if (c.id === 'condition.validityCheck') continue;
    if (
      c.id === 'condition.nonConfidential' &&
      caps.some((cap) => cap.reason.id === 'gate.condition.nonConfidential')
    )
      continue;
    const rating = readRating(answers, c.id);
    // A condition that carries no weight for the core function relied on cannot limit the verdict.
    if (rating === undefined || rating > 1 || c.weight[weightKey] === 0) continue;
    const fullWeight = c.weight[weightKey] >= 1;
    const band =
      rating === 0 && fullWeight ? 'weakFit' : fullWeight || rating === 0 ? 'conditionalFit' : undefined;
    if (!band) continue;
    caps.push({
      band,
      reason: {
        id: `cap.${c.id}`,
        kind: 'cap',
        text: `Condition ${c.number} (${c.title.toLowerCase()}) is ${ratingLabel(rating)}. ${c.help}`,
        questionIds: [c.id],
      },
    });
  }

  for (const t of tensionResults.filter((r) => r.inConflict)) {
    const tension = tensions.find((x) => x.id === t.tensionId);
    if (!tension) continue;
    caps.push({
      band: 'conditionalFit',
      reason: {
        id: `cap.${t.tensionId}`,
        kind: 'tension',
        text: `Tension ${tension.number} (${tension.title.split(':')[0]?.toLowerCase()}) is in conflict: ${tension.conflictExplanation}`,
        questionIds: [t.tensionId, ...conflictInputs(t.tensionId, answers)],
      },
    });
  }

  for (const o of obstacles) {
    if (readRating(answers, o.id) !== 4) continue;
    caps.push({
      band: 'conditionalFit',
      reason: {
        id: `cap.${o.id}`,
        kind: 'risk',
        text: `Obstacle ${o.number} (${o.title.toLowerCase()}) is rated severe: no strong fit until it is mitigated. ${o.description}`,
        questionIds: [o.id],
      },
    });
  }
  return caps;
}

function conflictInputs(tensionId: QuestionId, answers: Answers): QuestionId[] {
  if (tensionId === 'tension.socialVsComputationalTrust') return ['coreFunction.recordPooling'];
  if (
    tensionId === 'tension.privacyVsTransparency' &&
    answerEquals(answers, 'proposal.patientIdentifiable', 'yes')
  )
    return ['proposal.patientIdentifiable', 'proposal.onChainData'];
  return ['proposal.onChainData'];
}
