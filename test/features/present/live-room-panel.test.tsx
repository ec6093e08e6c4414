import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveRoomPanel } from '../../../src/features/present/live-room/live-room-panel';
import { forgetRoom, loadRoom, saveRoom } from '../../../src/features/present/live-room/room-storage';
import type { useLiveRoom } from '../../../src/features/present/live-room/use-live-room';

type Room = ReturnType<typeof useLiveRoom>;

const room = (over: Partial<Room> = {}): Room => ({
  problem: undefined,
  view: {
    code: 'ABCDEFGH',
    joinLink: 'https://192.168.1.20:8787/join#r=ABCDEFGH&t=x&k=y',
    fingerprint: '0A1B 2C3D 4E5F',
    count: 12,
    locked: false,
  },
  connected: true,
  asking: 'condition.commonInterest',
  votes: 9,
  joined: 14,
  changed: 2,
  ratings: {},
  names: [],
  start: vi.fn(),
  ask: vi.fn(),
  reveal: vi.fn(),
  agree: vi.fn(),
  clearResults: vi.fn(),
  lock: vi.fn(),
  end: vi.fn(),
  distributionOf: vi.fn(),
  ...over,
});

describe('the facilitator’s live-room panel', () => {
  it('shows how many are in and have joined, carries the live count for the benchmark, and locks the room', () => {
    const r = room();
    render(<LiveRoomPanel room={r} questionIds={['condition.commonInterest']} onAgree={() => {}} />);
    const panel = screen.getByRole('region', { name: 'Live room ABCDEFGH' });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Connected · 12 in the room · 14 joined · 9 rated so far, 2 changed',
    );
    expect(panel).toHaveAttribute('data-live-room-votes', '9');
    expect(panel).toHaveAttribute('data-live-room-in', '12');
    const lock = screen.getByRole('button', { name: 'Lock the room' });
    expect(lock).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(lock);
    expect(r.lock).toHaveBeenCalledWith(true);
    fireEvent.click(screen.getByRole('button', { name: 'End the live room' }));
    expect(r.end).toHaveBeenCalled();
  });

  it('says when the room is locked, and shows a relay problem as an alert rather than hiding it', () => {
    const base = room();
    render(
      <LiveRoomPanel
        room={room({ view: { ...base.view!, locked: true }, problem: 'The relay refused ack: rate.' })}
        questionIds={[]}
        onAgree={() => {}}
      />,
    );
    expect(screen.getByText(/Locked: only phones that joined before/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lock the room' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('The relay refused ack: rate.');
  });
});

describe('the room kept for a reload', () => {
  beforeEach(() => forgetRoom());

  it('is read back only when it is whole; anything else reads as no room', () => {
    expect(loadRoom()).toBeUndefined();
    sessionStorage.setItem('ledger-fit:live-room', '{"client":');
    expect(loadRoom()).toBeUndefined();
    sessionStorage.setItem(
      'ledger-fit:live-room',
      JSON.stringify({ client: {}, phoneOrigin: 'x', ratings: {} }),
    );
    expect(loadRoom()).toBeUndefined();
    const saved = {
      client: {
        version: 1 as const,
        relayUrl: 'https://relay.test',
        created: {
          room: 'ABCDEFGH',
          token: 'participant-token-0001',
          facilitatorToken: 'f'.repeat(22),
          expiresAt: 1,
        },
        publicKey: 'k',
        privateKey: 'p',
        roomKey: 'r',
        state: { kind: 'state' as const, version: 2, question: null, open: false, revealed: null },
        ballots: [{ participant: 'a', questionId: 'q', value: 3, seq: 5, late: false }],
        excluded: 1,
        welcomed: ['a'],
        names: [['a', 'Asha']] as [string, string][],
        locked: true,
      },
      phoneOrigin: 'https://192.168.1.20:8787',
      ratings: {},
    };
    expect(saveRoom(saved)).toBe(true);
    expect(loadRoom()).toEqual(saved);
    // Kept for the tab only: never in localStorage, where it would outlive the workshop.
    expect(JSON.stringify({ ...localStorage })).not.toContain('ABCDEFGH');
  });
});
