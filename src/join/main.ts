import { ParticipantClient } from '@/live-room/participant-client';
import { roomCode, roomLookup, type SealedState } from '@/live-room/protocol';
import { hasWebCrypto, keyFingerprint, randomId } from '@/live-room/room-crypto';
import { type JoinDetails, normaliseCode, readJoinFragment } from './join-link';
import './join.css';

/**
 * The phone page of a live room: no charts, no app bundle. Join by link (QR) or code, anonymous unless the
 * participant chooses to show a name to the facilitator, one question at a time, large touch targets.
 */
const main = document.getElementById('join') as HTMLElement;
const relayUrl = import.meta.env.VITE_RELAY_ORIGIN || window.location.origin;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & { text?: string } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  const { text, ...rest } = props;
  Object.assign(node, rest);
  if (text !== undefined) node.textContent = text;
  node.append(...children);
  return node;
}

function show(...nodes: Node[]) {
  main.replaceChildren(...nodes);
}

const status = el('p', { className: 'status', role: 'status' } as Partial<HTMLParagraphElement>);
document.body.append(status);
const setStatus = (text: string) => {
  status.textContent = text;
};

function insecure() {
  show(
    el('h1', { text: 'Open the secure link' }),
    el('p', {
      className: 'error',
      text: 'This page was opened over a plain http link, so it cannot seal your rating. Scan the QR code again or open the https link the facilitator gives.',
    }),
  );
}

/** A link whose key does not read as a P-256 public key: cut short, or changed by hand. */
function brokenLink() {
  show(
    el('h1', { text: 'This join link does not work' }),
    el('p', {
      className: 'error',
      text: 'The room’s key in the link is damaged or cut short. Scan the QR code again, or type the code shown on the screen.',
    }),
  );
}

function codeForm(problem?: string) {
  const input = el('input', {
    type: 'text',
    id: 'code',
    name: 'code',
    autocomplete: 'off',
    inputMode: 'text',
  });
  input.setAttribute('autocapitalize', 'characters');
  input.setAttribute('spellcheck', 'false');
  if (problem) input.setAttribute('aria-describedby', 'code-error');
  const form = el(
    'form',
    {},
    el('label', { htmlFor: 'code', text: 'Join code (8 letters and numbers, shown on the screen)' }),
    ...(problem ? [el('p', { className: 'error', id: 'code-error', text: problem })] : []),
    input,
    el('button', { type: 'submit', text: 'Continue' }),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const code = normaliseCode(input.value);
    if (!roomCode.safeParse(code).success)
      return codeForm('Enter the 8 letters and numbers shown on the screen.');
    try {
      const response = await fetch(`${relayUrl}/api/rooms/${code}`);
      if (response.status === 404)
        return codeForm('No room has that code, or it has ended. Check the screen.');
      const found = roomLookup.parse(await response.json());
      await confirm({ room: found.room, token: found.token, key: found.key });
    } catch {
      codeForm('The room could not be reached. Check your connection and try again.');
    }
  });
  show(el('h1', { text: 'Join the room' }), form);
  input.focus();
}

async function confirm(details: JoinDetails) {
  const fingerprint = await keyFingerprint(details.key);
  const named = el('input', { type: 'checkbox', id: 'named' });
  const name = el('input', {
    type: 'text',
    id: 'name',
    className: 'name',
    maxLength: 40,
    autocomplete: 'nickname' as AutoFill,
  });
  const nameField = el('div', { hidden: true }, el('label', { htmlFor: 'name', text: 'Your name' }), name);
  named.addEventListener('change', () => {
    nameField.hidden = !named.checked;
  });
  const form = el(
    'form',
    {},
    el(
      'p',
      {},
      'Check the screen shows this key: ',
      el('span', { className: 'fingerprint', text: fingerprint }),
    ),
    el('p', {
      text: 'You rate anonymously: the facilitator sees only how many people chose each answer. Nobody else, and not the relay, can read a single rating.',
    }),
    el('label', { className: 'check', htmlFor: 'named' }, named, 'Show my name to the facilitator only'),
    nameField,
    el('button', { type: 'submit', text: 'Join' }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    start(details, named.checked ? name.value.trim().slice(0, 40) : '').catch(brokenLink);
  });
  show(el('h1', { text: `Join room ${details.room}` }), form);
}

function questionView(
  state: SealedState,
  vote: (value: number | 'dontKnow') => void,
  chosen?: number | 'dontKnow',
) {
  const question = state.question;
  if (!question)
    return [
      el('h1', { text: 'Waiting for the next question' }),
      el('p', {
        className: 'muted',
        text: 'Keep this page open: the question appears here when the facilitator asks it.',
      }),
    ];
  if (state.revealed) {
    return [
      el('h1', { text: question.title }),
      el('h2', {
        text: `How the room rated it (${state.revealed.total} ${state.revealed.total === 1 ? 'rating' : 'ratings'})`,
      }),
      el(
        'table',
        {},
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { scope: 'col', text: 'Answer' }),
            el('th', { scope: 'col', text: 'People' }),
          ),
        ),
        el(
          'tbody',
          {},
          ...state.revealed.counts.map((c) =>
            el(
              'tr',
              {},
              el('td', { text: c.label }),
              el('td', { className: 'count', text: String(c.count) }),
            ),
          ),
        ),
      ),
    ];
  }
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
        ? 'Tap an answer: it is sent at once. You can change it until the facilitator reveals the results.'
        : 'Voting on this question has closed.',
    }),
  ];
}

async function start(details: JoinDetails, name: string) {
  const storageKey = `ledger-fit:participant:${details.room}`;
  const participant = localStorage.getItem(storageKey) ?? randomId();
  localStorage.setItem(storageKey, participant);
  const chosen = new Map<string, number | 'dontKnow'>();
  let current: SealedState | undefined;
  const render = () => {
    if (!current) return;
    const question = current.question;
    show(
      ...questionView(
        current,
        (value) => {
          if (!question) return;
          chosen.set(question.questionId, value);
          void client.vote(question.questionId, value);
          setStatus(
            `Sent: ${question.options.find((o) => o.value === value)?.label ?? value}. You can change it until the reveal.`,
          );
        },
        question ? chosen.get(question.questionId) : undefined,
      ),
    );
  };
  const client = new ParticipantClient({
    relayUrl,
    room: details.room,
    token: details.token,
    facilitatorKey: details.key,
    participant,
    ...(name ? { name } : {}),
    onState: (state) => {
      const changed = state.question?.questionId !== current?.question?.questionId;
      current = state;
      render();
      if (changed && state.question) setStatus('New question.');
    },
    onStatus: (s, detail) =>
      setStatus(
        s === 'connected'
          ? `Connected to room ${details.room}.`
          : s === 'connecting'
            ? 'Connecting…'
            : s === 'disconnected'
              ? 'Connection lost: reconnecting. Your ratings are kept and resent.'
              : `The room refused this phone: ${detail ?? 'unknown reason'}.`,
      ),
  });
  show(el('h1', { text: 'Waiting for the facilitator' }));
  await client.start();
}

if (!window.isSecureContext || !hasWebCrypto()) insecure();
else {
  const details = readJoinFragment(window.location.hash);
  // The key material stays on the phone: drop it from the address bar once read.
  if (details) history.replaceState(null, '', window.location.pathname);
  if (details) confirm(details).catch(brokenLink);
  else codeForm();
}
