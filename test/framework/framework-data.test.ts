import { describe, expect, it } from 'vitest';
import { conditions } from '../../src/framework/conditions';
import { workedExamples } from '../../src/framework/examples';
import { exampleCatalogue, realCaseCatalogue } from '../../src/framework/examples/catalogue';
import { obstacles } from '../../src/framework/obstacles';
import { questionnairePages } from '../../src/framework/pages';
import { allQuestions, questionOrder } from '../../src/framework/questions';
import { regulatoryProfiles } from '../../src/framework/regulatory-profiles';
import { tensions } from '../../src/framework/tensions';
import { answerDomainProblems } from '../../src/schema/answer-domain';
import { exampleToAssessment } from '../../src/schema/example-assessment';

describe('the framework data', () => {
  it('has six conditions, six obstacles and three tensions, numbered in order', () => {
    expect(conditions.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(obstacles.map((o) => o.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(tensions.map((t) => t.number)).toEqual([1, 2, 3]);
  });

  it('gives every question a unique id, options and a seed citation', () => {
    const ids = allQuestions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of allQuestions) {
      expect(q.options.length, q.id).toBeGreaterThanOrEqual(2);
      expect(q.cite.section, q.id).not.toBe('');
    }
  });

  it('puts every question on exactly one page', () => {
    const onPages = questionnairePages.flatMap((p) => p.questionIds);
    expect([...onPages].sort()).toEqual(allQuestions.map((q) => q.id).sort());
  });

  it('skips pages only on answers to questions asked earlier', () => {
    for (const page of questionnairePages) {
      const firstOnPage = Math.min(...page.questionIds.map(questionOrder));
      for (const rule of page.skipWhen) {
        for (const clause of rule.allOf) {
          const asked = questionOrder(clause.question);
          expect(asked, `${page.id} skips on ${clause.question}`).toBeGreaterThanOrEqual(0);
          expect(asked, `${page.id} skips on ${clause.question}`).toBeLessThan(firstOnPage);
        }
      }
    }
  });

  it.each(workedExamples.map((e) => [e.id, e]))(
    'answers every question of %s within its scale',
    (_id, example) => {
      const answers = exampleToAssessment(example).answers;
      expect(Object.keys(answers).sort()).toEqual(allQuestions.map((q) => q.id).sort());
      expect(answerDomainProblems(answers, 'answers')).toEqual([]);
    },
  );

  it('lists every worked example in the start page catalogue, in order', () => {
    expect([...exampleCatalogue, ...realCaseCatalogue].map((e) => e.id)).toEqual(
      workedExamples.map((e) => e.id),
    );
    for (const e of workedExamples)
      expect([...exampleCatalogue, ...realCaseCatalogue].find((c) => c.id === e.id)?.title).toBe(e.title);
  });

  it('marks at least one worked example illustrative', () => {
    expect(workedExamples.some((e) => e.basis === 'illustrative')).toBe(true);
  });
});

describe('next steps about the ledger itself', () => {
  const steps = regulatoryProfiles.flatMap((p) => p.duties.flatMap((d) => d.steps));
  it('are marked only on steps for deciding (a step for adopting is never shown under a "no" anyway)', () => {
    const marked = steps.filter((s) => s.aboutTheLedger);
    expect(marked.length).toBeGreaterThanOrEqual(8);
    for (const s of marked) expect(s.phase).toBe('deciding');
  });

  it('are not marked where any system would need the step (clinical safety, device software)', () => {
    for (const s of steps.filter((step) => /DCB0129|device software/.test(step.text)))
      expect(s.aboutTheLedger).toBeUndefined();
  });
});
