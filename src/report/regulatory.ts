import { answerEquals, readRating } from '@/engine/answer-values';
import type { Setting } from '@/framework/proposal';
import { type Duty, type DutyTrigger, profileFor } from '@/framework/regulatory-profiles';
import type { Answers } from '@/schema/assessment-schema';

/** A duty as reported: the profile's entry with its implications reduced to those these answers trigger. */
export type ReportDuty = Omit<Duty, 'implications'> & { readonly implications: readonly string[] };

export interface ReportRegulatory {
  /** No setting chosen (or only "other"): the section says so and asks for one. */
  readonly noProfile: boolean;
  readonly profiles: readonly {
    readonly setting: Setting;
    readonly name: string;
    readonly checkedOn: string;
    readonly duties: readonly ReportDuty[];
  }[];
  /** Every profile's next steps, once each, in order. */
  readonly nextSteps: readonly string[];
  /** The DCB0160 hazard log applies (a UK setting is chosen). */
  readonly hazardLogApplies: boolean;
}

function triggers(answers: Answers): Record<DutyTrigger, boolean> {
  const personal = answerEquals(answers, 'proposal.patientIdentifiable', 'yes');
  const beyondHashes =
    answerEquals(answers, 'proposal.onChainData', 'metadata') ||
    answerEquals(answers, 'proposal.onChainData', 'records');
  const safety = readRating(answers, 'obstacle.qualitySafety');
  return {
    identifiableOnChain: personal && beyondHashes,
    personalDataOnChain: personal,
    network:
      answerEquals(answers, 'proposal.writerCount', 'few') ||
      answerEquals(answers, 'proposal.writerCount', 'many'),
    safetyRisk: safety === undefined || safety >= 2,
  };
}

/** The duties of every chosen setting, with what the answers imply for each, its open questions and next steps. */
export function regulatoryChecks(settings: readonly Setting[], answers: Answers): ReportRegulatory {
  const holds = triggers(answers);
  const profiles = settings.flatMap((s) => {
    const profile = profileFor(s);
    return profile
      ? [
          {
            setting: profile.setting,
            name: profile.name,
            checkedOn: profile.checkedOn,
            duties: profile.duties.map(
              (d): ReportDuty => ({
                ...d,
                implications: d.implications.filter((i) => holds[i.when]).map((i) => i.text),
              }),
            ),
          },
        ]
      : [];
  });
  return {
    noProfile: profiles.length === 0,
    profiles,
    nextSteps: [...new Set(profiles.flatMap((p) => p.duties.flatMap((d) => d.nextSteps)))],
    hazardLogApplies: settings.includes('ukNhs'),
  };
}
