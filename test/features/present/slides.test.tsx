import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { conditions } from '../../../src/framework/conditions';
import { findExample } from '../../../src/framework/examples';
import { buildReport } from '../../../src/report/build-report';
import { buildSlides } from '../../../src/report/slides';
import { exampleToAssessment } from '../../../src/schema/example-assessment';
import { renderAt } from '../../render-route';

const ehr = exampleToAssessment(findExample('patient-records')!);

describe('the generated deck', () => {
  it('gives every condition a slide with Yeung’s words and the example’s rationale', () => {
    const slides = buildSlides(buildReport(ehr));
    const conditionSlides = slides.filter((s) => s.kind === 'condition');
    expect(conditionSlides.map((s) => s.kind === 'condition' && s.questionId)).toEqual(
      conditions.map((c) => c.id),
    );
    const c5 = conditionSlides[4]!;
    expect(c5.kind === 'condition' && c5.seedWords).toBe(conditions[4].cite.quote);
    expect(c5.kind === 'condition' && c5.note).toMatch(/Not met: the underlying data is highly sensitive/);
    expect(slides.map((s) => s.id)).toEqual([
      'title',
      'question',
      'core-functions',
      'prescreen',
      'condition-1',
      'condition-2',
      'condition-3',
      'condition-4',
      'condition-5',
      'condition-6',
      'obstacles',
      'tensions',
      'verdict',
      'regulatory',
      'change',
      'open-questions',
    ]);
    for (const s of slides) expect(s.notes.length).toBeGreaterThan(20);
  });
});

describe('the presenter view', () => {
  it('moves through the deck with the keyboard: arrows, PageDown, Home, End, and a number then Enter', async () => {
    const { user, location } = renderAt('/present/e/patient-records/1');
    const count = () => screen.getByRole('heading', { level: 1 }).textContent;
    expect(await screen.findByText('Slide 1 of 16')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(count()).toContain('Slide 2 of 16');
    await user.keyboard('{PageDown}{PageDown}');
    expect(count()).toContain('Slide 4 of 16');
    await user.keyboard('{PageUp}');
    expect(count()).toContain('Slide 3 of 16');
    await user.keyboard('{End}');
    expect(count()).toContain('Slide 16 of 16');
    await user.keyboard('{Home}');
    expect(count()).toContain('Slide 1 of 16');
    await user.keyboard('9{Enter}');
    expect(count()).toContain('Slide 9 of 16');
    expect(location.history?.at(-1)).toBe('/present/e/patient-records/9');
    expect(screen.getByRole('region', { name: /Current slide: Condition 5/ })).toBeInTheDocument();
  });

  it('blanks the screen with B and changes a rating live', async () => {
    const { user } = renderAt('/present/e/patient-records/9');
    const current = await screen.findByRole('region', { name: /Current slide: Condition 5/ });
    expect(within(current).getByRole('group', { name: 'Rating: Not met' })).toBeInTheDocument();
    await user.click(within(current).getByRole('radio', { name: 'Fully met' }));
    expect(within(current).getByRole('group', { name: 'Rating: Fully met' })).toBeInTheDocument();
    await user.click(document.body);
    await user.keyboard('b');
    expect(
      within(screen.getByRole('region', { name: /Current slide/ })).getByText('The screen is blanked.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show the slide (B)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('leaves for the worked example with Esc', async () => {
    const { user, location } = renderAt('/present/e/patient-records/2');
    await screen.findByText('Slide 2 of 16');
    await user.keyboard('{Escape}');
    expect(location.history?.at(-1)).toBe('/examples/patient-records');
  });

  it('moves on with a swipe on a touch screen', async () => {
    renderAt('/present/e/patient-records/3');
    const stage = await screen.findByRole('region', { name: /Current slide/ });
    fireEvent.pointerDown(stage, { pointerType: 'touch', clientX: 400, clientY: 300 });
    fireEvent.pointerUp(stage, { pointerType: 'touch', clientX: 200, clientY: 310 });
    expect(await screen.findByText('Slide 4 of 16')).toBeInTheDocument();
    fireEvent.pointerDown(stage, { pointerType: 'touch', clientX: 200, clientY: 300 });
    fireEvent.pointerUp(stage, { pointerType: 'touch', clientX: 420, clientY: 300 });
    expect(await screen.findByText('Slide 3 of 16')).toBeInTheDocument();
  });
});
