import { ParticipantClient } from '@/live-room/participant-client';
import type { SealedState } from '@/live-room/protocol';
import { hasWebCrypto, randomId } from '@/live-room/room-crypto';
import { el, setStatus, show } from './dom';
import { codeForm, confirmJoin } from './join-forms';
import { type JoinDetails, readJoinFragment } from './join-link';
import { brokenLink, ended, insecure, locked } from './messages';
import { questionView } from './question-view';
import './join.css';

/**
 * The phone page of a live room: no charts, no app bundle. Join by link (QR) or code, anonymous unless the
 * participant chooses to show a name to the facilitator, one question at a time, large touch targets. A
 * rating says "Counted" only once the facilitator's sealed acknowledgement has come back.
 */
const relayUrl = import.meta.env.VITE_RELAY_ORIGIN || window.location.origin;

async function start(details: JoinDetails, name: string) {
  const storageKey = `ledger-fit:participant:${details.room}`;
  const participant = localStorage.getItem(storageKey) ?? randomId();
  localStorage.setItem(storageKey, participant);
  const chosen = new Map<string, number | 'dontKnow'>();
  let current: SealedState | undefined;
  let over = false;
  const label = (questionId: string, value: number | 'dontKnow') =>
    (current?.question?.questionId === questionId
      ? current.question.options.find((o) => o.value === value)?.label
      : undefined) ?? String(value);
  const render = () => {
    if (!current || over) return;
    const question = current.question;
    show(
      ...questionView(
        current,
        (value) => {
          if (!question) return;
          chosen.set(question.questionId, value);
          void client.vote(question.questionId, value);
          setStatus(`Sent: ${label(question.questionId, value)}. Waiting for the facilitator to count it…`);
        },
        question ? chosen.get(question.questionId) : undefined,
      ),
    );
  };
  const end = () => {
    over = true;
    ended();
  };
  const client: ParticipantClient = new ParticipantClient({
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
    onCounted: (questionId, value) => {
      if (over || current?.question?.questionId !== questionId) return;
      setStatus(
        current.open
          ? `Counted: ${label(questionId, value)}. You can change it until the reveal.`
          : `Counted: ${label(questionId, value)}.`,
      );
    },
    onEnded: end,
    onStatus: (s, detail) => {
      if (over) return;
      if (s === 'refused' && detail === 'no such room, or it has ended') return end();
      if (s === 'refused' && detail === 'room locked') {
        client.close();
        return locked();
      }
      setStatus(
        s === 'connected'
          ? `Connected to room ${details.room}.`
          : s === 'connecting'
            ? 'Connecting…'
            : s === 'disconnected'
              ? 'Connection lost: reconnecting. Your ratings are kept and resent until counted.'
              : `The room refused this phone: ${detail ?? 'unknown reason'}.`,
      );
    },
  });
  show(el('h1', { text: 'Waiting for the facilitator' }));
  await client.start();
}

const join = (details: JoinDetails, keyFrom: 'link' | 'relay') =>
  confirmJoin(details, keyFrom, (name) => {
    start(details, name).catch(brokenLink);
  }).catch(brokenLink);

if (!window.isSecureContext || !hasWebCrypto()) insecure();
else {
  const details = readJoinFragment(window.location.hash);
  // The key material stays on the phone: drop it from the address bar once read.
  if (details) history.replaceState(null, '', window.location.pathname);
  if (details) void join(details, 'link');
  else codeForm(relayUrl, (found) => void join(found, 'relay'));
}
