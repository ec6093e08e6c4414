import { roomCode, roomLookup } from '@/live-room/protocol';
import { keyFingerprint } from '@/live-room/room-crypto';
import { el, show } from './dom';
import { type JoinDetails, normaliseCode } from './join-link';

/**
 * Joining by typed code: the room's key comes from the relay, which could swap it for its own. So the phone
 * shows the key's fingerprint and Join stays disabled until the person confirms it matches the screen.
 */
export function codeForm(
  relayUrl: string,
  onFound: (details: JoinDetails, keyFrom: 'relay') => void,
  problem?: string,
) {
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
  const again = (text: string) => codeForm(relayUrl, onFound, text);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const code = normaliseCode(input.value);
    if (!roomCode.safeParse(code).success)
      return again('Enter the 8 letters and numbers shown on the screen.');
    try {
      const response = await fetch(`${relayUrl}/api/rooms/${code}`);
      if (response.status === 404) return again('No room has that code, or it has ended. Check the screen.');
      if (response.status === 429)
        return again('Too many tries from this network: wait a minute and try again.');
      const found = roomLookup.parse(await response.json());
      onFound({ room: found.room, token: found.token, key: found.key }, 'relay');
    } catch {
      again('The room could not be reached. Check your connection and try again.');
    }
  });
  show(el('h1', { text: 'Join the room' }), form);
  input.focus();
}

/**
 * Before joining: the key's fingerprint to compare with the screen (required when the key came from the
 * relay, not the QR code), and the choice of a name shown to the facilitator only.
 */
export async function confirmJoin(
  details: JoinDetails,
  keyFrom: 'link' | 'relay',
  onJoin: (name: string) => void,
) {
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
  const join = el('button', { type: 'submit', text: 'Join' });
  const key = el(
    'p',
    { id: 'key-check' },
    'Check the screen shows this key: ',
    el('span', { className: 'fingerprint', text: fingerprint }),
  );
  const matches = el('input', { type: 'checkbox', id: 'key-matches' });
  const mustMatch =
    keyFrom === 'relay'
      ? [
          el('p', {
            id: 'key-why',
            text: 'You typed the code, so this key came from the room’s server. If it differs from the screen, do not join: tell the facilitator.',
          }),
          el(
            'label',
            { className: 'check', htmlFor: 'key-matches' },
            matches,
            'The screen shows this same key',
          ),
        ]
      : [];
  if (keyFrom === 'relay') {
    matches.setAttribute('aria-describedby', 'key-check key-why');
    join.disabled = true;
    join.setAttribute('aria-describedby', 'key-why');
    matches.addEventListener('change', () => {
      join.disabled = !matches.checked;
    });
  }
  const form = el(
    'form',
    {},
    key,
    ...mustMatch,
    el('p', {
      text: 'You rate anonymously: the facilitator sees only how many people chose each answer. Nobody else, and not the relay, can read a single rating.',
    }),
    el('label', { className: 'check', htmlFor: 'named' }, named, 'Show my name to the facilitator only'),
    nameField,
    join,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (keyFrom === 'relay' && !matches.checked) return;
    onJoin(named.checked ? name.value.trim().slice(0, 40) : '');
  });
  show(el('h1', { text: `Join room ${details.room}` }), form);
}
