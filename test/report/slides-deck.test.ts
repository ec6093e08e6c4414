import { describe, expect, it } from 'vitest';
import { conditions } from '../../src/framework/conditions';
import { findExample } from '../../src/framework/examples';
import { obstacles } from '../../src/framework/obstacles';
import { presentationText } from '../../src/framework/presentation';
import { tensions } from '../../src/framework/tensions';
import { buildReport, type Report } from '../../src/report/build-report';
import { buildSlides, type Slide } from '../../src/report/slides';
import { exampleToAssessment } from '../../src/schema/example-assessment';

/** The workshop deck, DOM-free: which slides, in which order, and that each says what the report says. */
const reportOf = (id: string, settings?: string[]): Report => {
  const a = exampleToAssessment(findExample(id)!);
  return buildReport(settings ? { ...a, proposal: { ...a.proposal, settings } as typeof a.proposal } : a);
};
const slide = <K extends Slide['kind']>(slides: Slide[], kind: K) =>
  slides.find((s) => s.kind === kind) as Extract<Slide, { kind: K }>;

const ids = ['patient-records', 'medicine-supply-chain', 'case-estonia-ksi', 'hash-anchored-audit-trail'];

describe('the workshop deck', () => {
  it('the slides in order, with stable ids', () => {
    expect(buildSlides(reportOf('patient-records')).map((s) => s.id)).toEqual([
      'title',
      'question',
      'core-functions',
      'prescreen',
      ...conditions.map((c) => `condition-${c.number}`),
      'obstacles',
      'tensions',
      'verdict',
      'regulatory',
      'change',
      'open-questions',
    ]);
  });

  it('the title and the question slides', () => {
    const report = reportOf('patient-records');
    const [title, question] = buildSlides(report);
    expect(title).toMatchObject({
      kind: 'title',
      title: report.title,
      subtitle: report.proposal.organisations,
      kicker: presentationText.titleSlide.kicker,
      method: presentationText.titleSlide.method,
    });
    expect(question).toMatchObject({
      kind: 'question',
      title: presentationText.question.title,
      quote: presentationText.question.quote,
      thesis: presentationText.question.thesis,
    });
    expect(report.title.length).toBeGreaterThan(0);
  });

  it('the core functions with their status words, and the pre-screen failures', () => {
    for (const id of ids) {
      const report = reportOf(id);
      const slides = buildSlides(report);
      const core = slide(slides, 'coreFunctions');
      expect(core.items).toEqual(
        report.coreFunctions.map((f) => ({
          title: f.title,
          summary: f.summary,
          example: f.example,
          status: presentationText.coreFunctions[f.status],
        })),
      );
      expect(core.title).toBe(presentationText.coreFunctions.title);
      expect(slide(slides, 'prescreen')).toMatchObject({
        failures: report.prescreenFailures,
        passed: presentationText.prescreen.passed,
        notes: presentationText.prescreen.notes,
      });
    }
  });

  it('one slide a condition, with Yeung’s words, and the assessor’s note only where there is one', () => {
    const report = reportOf('patient-records');
    const slides = buildSlides(report).filter((s) => s.kind === 'condition');
    expect(slides).toHaveLength(conditions.length);
    conditions.forEach((c, i) => {
      const s = slides[i] as Extract<Slide, { kind: 'condition' }>;
      expect(s).toMatchObject({
        title: `Condition ${c.number}: ${c.title}`,
        questionId: c.id,
        statement: c.statement,
        seedWords: c.cite.quote,
        section: c.cite.section,
        notes: `${c.discussionPrompt} ${presentationText.conditionNotes}`,
      });
      const note = report.answers[c.id]?.note?.trim();
      if (note) expect(s.note).toBe(note);
      else expect('note' in s).toBe(false);
    });
    expect(slides.some((s) => 'note' in s)).toBe(true);
  });

  it('the obstacles and tensions slides list every item, with their prompts in the notes', () => {
    const slides = buildSlides(reportOf('patient-records'));
    const o = slide(slides, 'obstacles');
    expect(o.questionIds).toEqual(obstacles.map((x) => x.id));
    expect(o.notes).toBe(
      `${presentationText.obstacles.notes} ${obstacles.map((x) => `${x.shortName}: ${x.discussionPrompt}`).join(' ')}`,
    );
    const t = slide(slides, 'tensions');
    expect(t.questionIds).toEqual(tensions.map((x) => x.id));
    expect(t.notes).toBe(`${presentationText.tensions.notes} ${tensions.map((x) => x.prompt).join(' ')}`);
  });

  it('the verdict slide says what the report decided: the deciding fact first, then the decisive reason', () => {
    for (const id of ids) {
      const report = reportOf(id);
      const v = slide(buildSlides(report), 'verdict');
      expect(v).toMatchObject({
        title: presentationText.verdict.title,
        band: report.decision.verdict.id,
        provisional: report.decision.verdict.provisional,
        headline: report.decision.verdict.headline,
        recommendation: report.decision.recommendation.text,
        notes: presentationText.verdict.notes,
      });
      const decisive = report.reasons.filter((r) => r.decisive).map((r) => r.text);
      expect(v.reasons).toEqual([report.decision.decidingFact.text, ...decisive].slice(0, 2));
      expect(v.design).toBe(
        `${report.architecture.kind === 'fits' ? 'Design that fits' : 'What would serve better'}: ${report.architecture.title}`,
      );
    }
  });

  it('the regulatory slide: each profile’s duties with the first implication, and the report’s next steps', () => {
    for (const id of ids) {
      const report = reportOf(id, ['ukNhs', 'eu']);
      const r = slide(buildSlides(report), 'regulatory');
      expect(r.title).toBe('Regulatory checks and next steps');
      expect(r.duties).toEqual(
        report.regulatory.profiles.flatMap((p) =>
          p.duties.map((d) =>
            d.implications[0]
              ? { profile: p.name, name: d.name, implication: d.implications[0] }
              : { profile: p.name, name: d.name },
          ),
        ),
      );
      expect(r.nextSteps).toEqual(report.decision.nextSteps.map((s) => s.text));
      expect(r.none).toBe(
        'No setting chosen: choose the settings on the proposal page to see the duties that apply.',
      );
      expect(r.notes).toBe('Which duty bites hardest here, and who owns the next step?');
    }
    expect(
      slide(buildSlides(reportOf('patient-records', ['ukNhs'])), 'regulatory').duties.length,
    ).toBeGreaterThan(0);
  });

  it('what would change it: at most three each way', () => {
    for (const id of ids) {
      const report = reportOf(id);
      const c = slide(buildSlides(report), 'change');
      expect(c.up).toEqual(report.suggestions.better.slice(0, 3).map((s) => s.text));
      expect(c.down).toEqual(report.suggestions.worse.slice(0, 3).map((s) => s.text));
      expect(c.none).toBe(presentationText.change.none);
      expect(c.title).toBe(presentationText.change.title);
    }
  });

  it('open questions: the pivotal unknowns with an owner prompt first, then the others, each once', () => {
    let seenPivotal = false;
    for (const id of [...ids, 'case-medicalchain', 'case-robomed', 'case-avaneer']) {
      const report = reportOf(id);
      const q = slide(buildSlides(report), 'openQuestions');
      expect(q.pivotal).toEqual(
        report.confidence.pivotal.map((u) => `${u.shortName}: who can find this out, and by when?`),
      );
      const pivotalIds = new Set(report.confidence.pivotal.map((p) => p.questionId));
      expect(q.other).toEqual(
        report.confidence.unknown.filter((u) => !pivotalIds.has(u.questionId)).map((u) => u.shortName),
      );
      expect(q.nonePivotal).toBe(report.decision.confidence.meaning);
      expect(q.none).toBe('Nothing is left as “Don’t know”: every question the verdict needs has an answer.');
      expect(q.title).toBe('Open questions');
      if (q.pivotal.length > 0 && q.other.length > 0) seenPivotal = true;
    }
    expect(seenPivotal).toBe(true);
  });
});

describe('the deck at its edges', () => {
  it('a proposal with no answers still has a deck: no notes on conditions, the open-questions prompt', () => {
    const slides = buildSlides(buildReport({ answers: {} }));
    expect(slides.filter((s) => s.kind === 'condition').some((s) => 'note' in s)).toBe(false);
    expect(slide(slides, 'openQuestions').notes).toBe(
      'Close on what the room does not know. Give each pivotal unknown an owner and a date: these are the answers that could move the verdict.',
    );
  });

  it('the verdict slide’s second reason is the decisive one, not merely the first', () => {
    const report = reportOf('patient-records');
    const reasons = [
      { ...report.reasons[0]!, decisive: false, text: 'A limit that did not decide.' },
      { ...report.reasons[0]!, decisive: true, text: 'The one that decided.' },
    ];
    expect(slide(buildSlides({ ...report, reasons }), 'verdict').reasons).toEqual([
      report.decision.decidingFact.text,
      'The one that decided.',
    ]);
  });
});
