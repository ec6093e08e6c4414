import { conditions } from '@/framework/conditions';
import { obstacles } from '@/framework/obstacles';
import { presentationText as text } from '@/framework/presentation';
import { tensions } from '@/framework/tensions';
import type { ShownVerdictId } from '@/framework/verdict-bands';
import { citeAnswer, type Report } from './build-report';

interface SlideBase {
  readonly id: string;
  readonly title: string;
  /** Speaker notes: discussion prompts for the facilitator. */
  readonly notes: string;
}

export type Slide = SlideBase &
  (
    | { readonly kind: 'title'; readonly subtitle: string; readonly kicker: string; readonly method: string }
    | {
        readonly kind: 'question';
        readonly quote: string;
        readonly cite: string;
        readonly thesis: string;
        readonly thesisCite: string;
      }
    | {
        readonly kind: 'coreFunctions';
        readonly items: readonly { title: string; summary: string; example: string; status: string }[];
      }
    | { readonly kind: 'prescreen'; readonly failures: readonly string[]; readonly passed: string }
    | {
        readonly kind: 'condition';
        readonly questionId: string;
        readonly statement: string;
        readonly seedWords: string;
        readonly section: string;
        readonly note?: string;
      }
    | { readonly kind: 'obstacles'; readonly questionIds: readonly string[] }
    | { readonly kind: 'tensions'; readonly questionIds: readonly string[] }
    | {
        readonly kind: 'verdict';
        readonly band: ShownVerdictId;
        readonly provisional: boolean;
        readonly headline: string;
        readonly recommendation: string;
        /** The deciding fact, then the reason that decided the band. */
        readonly reasons: readonly string[];
        readonly design: string;
      }
    | {
        readonly kind: 'regulatory';
        readonly duties: readonly {
          readonly profile: string;
          readonly name: string;
          readonly implication?: string;
        }[];
        readonly nextSteps: readonly string[];
        readonly none: string;
      }
    | {
        readonly kind: 'change';
        readonly up: readonly string[];
        readonly down: readonly string[];
        readonly none: string;
      }
    | {
        readonly kind: 'openQuestions';
        /** "Don't know" answers that could move the verdict, first; then the other unknowns. */
        readonly pivotal: readonly string[];
        readonly other: readonly string[];
        readonly none: string;
        /** Said when no unknown alone can move the verdict: whether they could together (true of this deck). */
        readonly nonePivotal: string;
      }
  );

/**
 * The workshop deck for a proposal, generated from the framework data and the (live) answers. Slide ids
 * are stable; the URL holds the slide number.
 */
export function buildSlides(report: Report): Slide[] {
  const { answers } = report;
  return [
    {
      id: 'title',
      kind: 'title',
      title: report.title,
      subtitle: report.proposal.organisations,
      kicker: text.titleSlide.kicker,
      method: text.titleSlide.method,
      notes: text.question.notes,
    },
    {
      id: 'question',
      kind: 'question',
      title: text.question.title,
      quote: text.question.quote,
      cite: text.question.cite,
      thesis: text.question.thesis,
      thesisCite: text.question.thesisCite,
      notes: text.question.notes,
    },
    {
      id: 'core-functions',
      kind: 'coreFunctions',
      title: text.coreFunctions.title,
      items: report.coreFunctions.map((f) => ({
        title: f.title,
        summary: f.summary,
        example: f.example,
        status: text.coreFunctions[f.status],
      })),
      notes: text.coreFunctions.notes,
    },
    {
      id: 'prescreen',
      kind: 'prescreen',
      title: text.prescreen.title,
      failures: report.prescreenFailures,
      passed: text.prescreen.passed,
      notes: text.prescreen.notes,
    },
    ...conditions.map(
      (c): Slide => ({
        id: `condition-${c.number}`,
        kind: 'condition',
        title: `Condition ${c.number}: ${c.title}`,
        questionId: c.id,
        statement: c.statement,
        seedWords: c.cite.quote,
        section: c.cite.section,
        ...(answers[c.id]?.note ? { note: citeAnswer(answers, c.id).note } : {}),
        notes: `${c.discussionPrompt} ${text.conditionNotes}`,
      }),
    ),
    {
      id: 'obstacles',
      kind: 'obstacles',
      title: text.obstacles.title,
      questionIds: obstacles.map((o) => o.id),
      notes: `${text.obstacles.notes} ${obstacles.map((o) => `${o.shortName}: ${o.discussionPrompt}`).join(' ')}`,
    },
    {
      id: 'tensions',
      kind: 'tensions',
      title: text.tensions.title,
      questionIds: tensions.map((t) => t.id),
      notes: `${text.tensions.notes} ${tensions.map((t) => t.prompt).join(' ')}`,
    },
    {
      id: 'verdict',
      kind: 'verdict',
      title: text.verdict.title,
      band: report.decision.verdict.id,
      provisional: report.decision.verdict.provisional,
      headline: report.decision.verdict.headline,
      recommendation: report.decision.recommendation.text,
      // Reasons come by weight: the first is the one that decided the band.
      reasons: [
        report.decision.decidingFact.text,
        ...report.reasons.filter((r) => r.decisive).map((r) => r.text),
      ].slice(0, 2),
      design: `${report.architecture.kind === 'fits' ? text.verdict.fits : text.verdict.alternative}: ${report.architecture.title}`,
      notes: text.verdict.notes,
    },
    {
      id: 'regulatory',
      kind: 'regulatory',
      title: 'Regulatory checks and next steps',
      duties: report.regulatory.profiles.flatMap((p) =>
        p.duties.map((d) => ({
          profile: p.name,
          name: d.name,
          ...(d.implications[0] ? { implication: d.implications[0] } : {}),
        })),
      ),
      // The report's next steps, which follow the recommendation: never an adoption step under a "no".
      nextSteps: report.decision.nextSteps.map((s) => s.text),
      none: 'No setting chosen: choose the settings on the proposal page to see the duties that apply.',
      notes: 'Which duty bites hardest here, and who owns the next step?',
    },
    {
      id: 'change',
      kind: 'change',
      title: text.change.title,
      up: report.suggestions.better.slice(0, 3).map((s) => s.text),
      down: report.suggestions.worse.slice(0, 3).map((s) => s.text),
      none: text.change.none,
      notes: text.change.notes,
    },
    {
      id: 'open-questions',
      kind: 'openQuestions',
      title: 'Open questions',
      pivotal: report.confidence.pivotal.map((u) => `${u.shortName}: who can find this out, and by when?`),
      other: report.confidence.unknown
        .filter((u) => !report.confidence.pivotal.some((p) => p.questionId === u.questionId))
        .map((u) => u.shortName),
      none: 'Nothing is left as “Don’t know”: every question the verdict needs has an answer.',
      nonePivotal: report.decision.confidence.meaning,
      notes:
        'Close on what the room does not know. Give each pivotal unknown an owner and a date: these are the answers that could move the verdict.',
    },
  ];
}
