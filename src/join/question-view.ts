import type { SealedState } from '@/live-room/protocol';
import { el } from './dom';

type Value = number | 'dontKnow';

function revealedView(title: string, revealed: NonNullable<SealedState['revealed']>) {
  return [
    el('h1', { text: title }),
    el('h2', {
      text: `How the room rated it (${revealed.total} ${revealed.total === 1 ? 'rating' : 'ratings'})`,
    }),
    el(
      'table',
      {},
      el(
        'thead',
        {},
        el('tr', {}, el('th', { scope: 'col', text: 'Answer' }), el('th', { scope: 'col', text: 'People' })),
      ),
      el(
        'tbody',
        {},
        ...revealed.counts.map((c) =>
          el('tr', {}, el('td', { text: c.label }), el('td', { className: 'count', text: String(c.count) })),
        ),
      ),
    ),
  ];
}

/** One question at a time, large radio targets; the spread after the reveal; nothing between questions. */
export function questionView(state: SealedState, vote: (value: Value) => void, chosen?: Value) {
  const question = state.question;
  if (!question)
    return [
      el('h1', { text: 'Waiting for the next question' }),
      el('p', {
        className: 'muted',
        text: 'Keep this page open: the question appears here when the facilitator asks it.',
      }),
    ];
  if (state.revealed) return revealedView(question.title, state.revealed);
  const fieldset = el(
    'fieldset',
    {},
    el('legend', { text: question.title }),
    el('p', { text: question.prompt }),
  );
  for (const option of question.options) {
    const id = `option-${option.value}`;
    const input = el('input', {
      type: 'radio',
      name: 'rating',
      id,
      value: String(option.value),
      checked: chosen === option.value,
      disabled: !state.open,
    });
    input.addEventListener('change', () => vote(option.value));
    fieldset.append(el('label', { className: 'option', htmlFor: id }, input, option.label));
  }
  return [
    fieldset,
    el('p', {
      className: 'muted',
      text: state.open
        ? 'Tap an answer: it is sent at once, and shown as counted once the facilitator has it. You can change it until the facilitator reveals the results.'
        : 'Voting on this question has closed.',
    }),
  ];
}
