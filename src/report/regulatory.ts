import { type DirectCareAnswer, type LedgerContent, ledgerFacts } from '@/framework/ledger-facts';
import type { Setting } from '@/framework/proposal';
import {
  type Duty,
  dutyCheckedOn,
  type LawSource,
  type Modality,
  profileFor,
  type StepPhase,
  sourceLine,
} from '@/framework/regulatory-profiles';
import { longDate } from '@/lib/long-date';
import type { Answers } from '@/schema/assessment-schema';

/** A next step the answers trigger, with why: the recommendation decides which phases it admits. */
export interface RegulatoryStep {
  readonly id: string;
  readonly text: string;
  /** 'adopting': only if the organisation goes ahead; 'deciding': relevant whatever is decided. */
  readonly phase: StepPhase;
  /** A fact about the ledger itself: not advised once the recommendation is not to adopt one. */
  readonly aboutTheLedger?: true;
  /** Why it is here: the answers that trigger it. */
  readonly because: string;
  /** The duty it comes from. */
  readonly dutyId: string;
}

/** A duty as reported: the profile's entry with its implications reduced to those these answers trigger. */
export interface ReportDuty {
  readonly id: string;
  readonly name: string;
  readonly modality: Modality;
  readonly summary: string;
  /** One line naming the sources, for tables. */
  readonly source: string;
  /** When the sources were last checked (the oldest), in the reader's words. */
  readonly date: string;
  readonly checkedOn: string;
  readonly sources: readonly LawSource[];
  readonly vendorQuestions: readonly string[];
  readonly implications: readonly string[];
  readonly nextSteps: readonly RegulatoryStep[];
  readonly unverified: readonly string[];
  /** Not reviewed for twelve months or more before `today` (false when no `today` was given). */
  readonly reviewDue: boolean;
}

export interface ReportRegulatory {
  /** No setting chosen (or only "other"): the section says so and asks for one. */
  readonly noProfile: boolean;
  readonly profiles: readonly {
    readonly setting: Setting;
    readonly name: string;
    readonly scopeNote?: string;
    /** The oldest check date of the duties shown. */
    readonly checkedOn: string;
    readonly duties: readonly ReportDuty[];
  }[];
  /** Every shown duty's triggered steps, once each, in order. */
  readonly nextSteps: readonly RegulatoryStep[];
  /** "Law checked on 2 December 2026": the oldest check among the duties shown; empty with none. */
  readonly lawCheckedOn: string;
  /** The duties whose sources were not reviewed for twelve months before `today`. */
  readonly reviewDue: readonly string[];
  /**
   * The draft hazard log may apply: England, and the product is (or may be) used in direct care
   * (DCB0129/0160 step 3). Elsewhere, or where it is not used in direct care, no log is offered.
   */
  readonly hazardLogApplies: boolean;
}

export interface RegulatoryContext {
  readonly ledgerHolds?: readonly LedgerContent[];
  readonly directCare?: DirectCareAnswer;
  /** ISO date the reader is reading on; staleness is judged against it (never against the clock). */
  readonly today?: string;
}

/** Twelve months or more between `checkedOn` and `today` (both ISO dates). */
export function reviewIsDue(checkedOn: string, today: string): boolean {
  const [y, m, d] = checkedOn.split('-').map(Number) as [number, number, number];
  const due = new Date(Date.UTC(y + 1, m - 1, d)).toISOString().slice(0, 10);
  return today >= due;
}

/** ISO dates sort as text: the first is the oldest. */
const oldest = (dates: readonly string[]) => [...dates].sort()[0] ?? '';

/** The duties of every chosen setting that these answers trigger, with their implications and next steps. */
export function regulatoryChecks(
  settings: readonly Setting[],
  answers: Answers,
  context: RegulatoryContext = {},
): ReportRegulatory {
  const facts = ledgerFacts(settings, answers, context);
  const report = (d: Duty): ReportDuty => {
    const checkedOn = dutyCheckedOn(d);
    return {
      id: d.id,
      name: d.name,
      modality: d.modality,
      summary: d.summary,
      source: sourceLine(d),
      date: `checked ${longDate(checkedOn)}`,
      checkedOn,
      sources: d.sources,
      vendorQuestions: d.vendorQuestions,
      implications: d.implications.filter((i) => i.when.holds(facts)).map((i) => i.text),
      nextSteps: d.steps
        .filter((s) => s.appliesWhen.holds(facts))
        .map((s) => ({
          id: s.id,
          text: s.text,
          phase: s.phase,
          ...(s.aboutTheLedger ? { aboutTheLedger: true as const } : {}),
          because: s.appliesWhen.because,
          dutyId: d.id,
        })),
      unverified: d.unverified ?? [],
      reviewDue: context.today !== undefined && reviewIsDue(checkedOn, context.today),
    };
  };
  const profiles = settings.flatMap((s) => {
    const profile = profileFor(s);
    if (!profile) return [];
    const duties = profile.duties.filter((d) => d.appliesWhen.holds(facts)).map(report);
    return [
      {
        setting: profile.setting,
        name: profile.name,
        ...(profile.scopeNote ? { scopeNote: profile.scopeNote } : {}),
        checkedOn: duties.length > 0 ? oldest(duties.map((d) => d.checkedOn)) : '',
        duties,
      },
    ];
  });
  const allShown = profiles.flatMap((p) => p.duties);
  const byId = new Map<string, RegulatoryStep>();
  for (const step of allShown.flatMap((d) => d.nextSteps)) if (!byId.has(step.id)) byId.set(step.id, step);
  const nextSteps = [...byId.values()];
  const checkedDates = allShown.map((d) => d.checkedOn);
  return {
    noProfile: profiles.length === 0,
    profiles,
    nextSteps,
    lawCheckedOn: checkedDates.length > 0 ? longDate(oldest(checkedDates)) : '',
    reviewDue: allShown.filter((d) => d.reviewDue).map((d) => d.name),
    hazardLogApplies: settings.includes('ukNhs') && facts.directCare !== 'no',
  };
}

/** The regulatory context a saved proposal carries (what the ledger holds, direct care), and the reading date. */
export function regulatoryContextOf(
  proposal:
    | {
        readonly title: string;
        readonly ledgerHolds?: readonly LedgerContent[];
        readonly directCare?: DirectCareAnswer;
      }
    | undefined,
  today?: string,
): RegulatoryContext {
  return {
    ...(proposal?.ledgerHolds ? { ledgerHolds: proposal.ledgerHolds } : {}),
    ...(proposal?.directCare ? { directCare: proposal.directCare } : {}),
    ...(today ? { today } : {}),
  };
}

/** The shown duties not reviewed for twelve months before `today` (for a page that knows today's date). */
export const reviewDueOn = (regulatory: ReportRegulatory, today: string): readonly string[] =>
  regulatory.profiles.flatMap((p) =>
    p.duties.filter((d) => reviewIsDue(d.checkedOn, today)).map((d) => d.name),
  );
