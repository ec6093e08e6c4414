// @vitest-environment node
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startRedis, startRelayProcess } from '../../scripts/processes';
import { memoryTeamStore } from '../../server/team-store';
import { closeHashOf, closeToken } from '../../src/team/close-token';
import { newDocumentKey } from '../../src/team/seal-update';
import { readAssessment, seedDoc, type TeamUser } from '../../src/team/team-doc';
import { teamSocket } from '../../src/team/team-socket';
import { type SyncState, TeamSync } from '../../src/team/team-sync';
import { asha, base, ben, cleo, perform } from '../team/team-fixtures';
import { startRelay, until } from './relay-helpers';

const secretWords = [
  'Checked by the lab',
  'Asha Patel',
  'Ben Okafor',
  'Cleo Ng',
  'Shared records',
  'Two trusts',
];
const docId = 'team-doc-000000000001';

async function member(
  url: string,
  user: TeamUser,
  key: CryptoKey,
  extra: { state?: SyncState; closeHash?: string } = {},
) {
  const doc = new Y.Doc();
  const statuses: string[] = [];
  let state: SyncState | undefined = extra.state;
  const sync = new TeamSync({
    doc,
    docId,
    key,
    sender: user.id,
    socket: teamSocket(url),
    ...extra,
    onState: (s) => {
      state = s;
    },
    onStatus: (s) => statuses.push(s),
  });
  sync.awareness.setLocalState({ name: user.name, page: 'start' });
  return { doc, sync, statuses, state: () => state, read: () => readAssessment(doc, base) };
}

describe('team documents through the relay (one process, in memory)', () => {
  it('two people see each other’s answers; a late joiner gets the state from the relay alone; the relay holds no answer, note or name', async () => {
    const store = memoryTeamStore();
    const relay = await startRelay({ teamStore: store });
    const { key, raw } = await newDocumentKey();
    try {
      const a = await member(relay.url, asha, key, { closeHash: closeHashOf(await closeToken(raw)) });
      seedDoc(a.doc, asha, base);
      perform(a.doc, asha, [
        { kind: 'note', question: 'condition.validityCheck', note: 'Checked by the lab' },
      ]);
      const b = await member(relay.url, ben, key);
      await until(
        () => b.read().answers['condition.validityCheck']?.note === 'Checked by the lab',
        'B sees A’s note',
      );
      perform(b.doc, ben, [{ kind: 'value', question: 'obstacle.adoption', value: 3 }]);
      await until(() => a.read().answers['obstacle.adoption']?.value === 3, 'A sees B’s answer');
      // Presence: each sees the other's name and page (sealed in transit, never stored).
      await until(
        () => [...a.sync.awareness.getStates().values()].some((s) => s.name === 'Ben Okafor'),
        'A sees B is here',
      );
      a.sync.destroy();
      b.sync.destroy();

      const late = await member(relay.url, cleo, key);
      await until(() => late.read().answers['obstacle.adoption']?.value === 3, 'the late joiner catches up');
      expect(late.read()).toEqual(a.read());
      late.sync.destroy();

      const stored = JSON.stringify(await store.read(docId, '0', 10_000));
      const logged = JSON.stringify(relay.log);
      for (const word of secretWords) {
        expect(stored).not.toContain(word);
        expect(logged).not.toContain(word);
      }
      expect(stored).not.toContain(raw);
    } finally {
      await relay.close();
    }
  });

  it('an edit made offline is sent on reconnect and merges', async () => {
    const relay = await startRelay();
    const { key } = await newDocumentKey();
    try {
      const a = await member(relay.url, asha, key);
      seedDoc(a.doc, asha, base);
      const b = await member(relay.url, ben, key);
      await until(() => b.read().proposal.title === 'Shared records', 'B has the document');
      // B goes offline (its socket closes) and edits; A edits meanwhile.
      b.sync.destroy();
      perform(b.doc, ben, [{ kind: 'value', question: 'obstacle.adoption', value: 4 }]);
      perform(a.doc, asha, [{ kind: 'title', title: 'Renamed while B was away' }]);
      const pending = b.state();
      expect(pending?.pending).toBeDefined();
      // B comes back (a new connection, the saved state and document).
      const b2Doc = b.doc;
      const b2 = new TeamSync({
        doc: b2Doc,
        docId,
        key,
        sender: ben.id,
        socket: teamSocket(relay.url),
        ...(pending ? { state: pending } : {}),
      });
      await until(() => a.read().answers['obstacle.adoption']?.value === 4, 'A gets B’s offline edit');
      await until(
        () => readAssessment(b2Doc, base).proposal.title === 'Renamed while B was away',
        'B gets A’s',
      );
      expect(readAssessment(b2Doc, base)).toEqual(a.read());
      a.sync.destroy();
      b2.destroy();
    } finally {
      await relay.close();
    }
  });

  it('revoking stops the old document being written; a wrong token does not', async () => {
    const relay = await startRelay();
    const { key, raw } = await newDocumentKey();
    try {
      const token = await closeToken(raw);
      const a = await member(relay.url, asha, key, { closeHash: closeHashOf(token) });
      seedDoc(a.doc, asha, base);
      await until(() => a.state()?.pending === undefined && a.statuses.includes('connected'), 'seed stored');
      expect(await a.sync.closeDocument('x'.repeat(43))).toBe(false);
      expect(await a.sync.closeDocument(token)).toBe(true);
      perform(a.doc, asha, [{ kind: 'title', title: 'After revoking' }]);
      await until(() => a.statuses.includes('closed'), 'the writer is told the link was replaced');
      a.sync.destroy();
    } finally {
      await relay.close();
    }
  });

  it('compaction: a snapshot covering the stream trims it, and a late joiner still gets everything', async () => {
    const store = memoryTeamStore();
    const relay = await startRelay({ teamStore: store });
    const { key } = await newDocumentKey();
    try {
      const a = await member(relay.url, asha, key);
      await until(() => a.statuses.includes('connected'), 'connected');
      for (let i = 0; i < 30; i++) {
        perform(a.doc, asha, [{ kind: 'title', title: `Title ${i}` }]);
        await until(() => a.state()?.pending === undefined, `edit ${i} sent`);
      }
      const b = await member(relay.url, ben, key);
      await until(() => b.read().proposal.title === 'Title 29', 'B caught up');
      const before = (await store.read(docId, '0', 10_000)).length;
      await b.sync.compact();
      const after = (await store.read(docId, '0', 10_000)).length;
      expect(before).toBeGreaterThanOrEqual(30);
      expect(after).toBeLessThan(5);
      const late = await member(relay.url, cleo, key);
      await until(() => late.read().proposal.title === 'Title 29', 'the late joiner reads the snapshot');
      expect(late.read()).toEqual(a.read());
      for (const m of [a, b, late]) m.sync.destroy();
    } finally {
      await relay.close();
    }
  });
});

describe('team documents across two relay processes and Redis', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  beforeAll(async () => {
    redis = await startRedis();
  }, 60_000);
  afterAll(() => redis?.stop());

  it('edits cross processes; a late joiner gets the state from Redis alone; the Redis dump holds no answer, note or name', async () => {
    const [one, two] = await Promise.all([startRelayProcess(redis.url), startRelayProcess(redis.url)]);
    const { key, raw } = await newDocumentKey();
    try {
      const a = await member(one.url, asha, key);
      seedDoc(a.doc, asha, base);
      perform(a.doc, asha, [
        { kind: 'note', question: 'condition.validityCheck', note: 'Checked by the lab' },
      ]);
      const b = await member(two.url, ben, key);
      await until(
        () => b.read().answers['condition.validityCheck']?.note === 'Checked by the lab',
        'B (other process)',
      );
      perform(b.doc, ben, [{ kind: 'value', question: 'obstacle.adoption', value: 2 }]);
      await until(() => a.read().answers['obstacle.adoption']?.value === 2, 'A sees B across processes');
      await until(() => b.state()?.pending === undefined, 'B’s edit stored');
      a.sync.destroy();
      b.sync.destroy();
      // Both relays restart: what the late joiner gets can only come from Redis.
      one.kill();
      two.kill();
      const three = await startRelayProcess(redis.url);
      const late = await member(three.url, cleo, key);
      await until(
        () => late.read().answers['obstacle.adoption']?.value === 2,
        'late joiner from Redis alone',
      );
      expect(late.read()).toEqual(a.read());
      late.sync.destroy();
      three.kill();

      const client = createClient({ url: redis.url });
      await client.connect();
      const keys = await client.keys('*');
      expect(keys.some((k) => k.startsWith('ledger-fit:team:'))).toBe(true);
      let dump = '';
      for (const k of keys) {
        const type = await client.type(k);
        dump += `${k} ${type} `;
        if (type === 'stream') dump += JSON.stringify(await client.xRange(k, '-', '+'));
        if (type === 'hash') dump += JSON.stringify(await client.hGetAll(k));
        if (type === 'string') dump += String(await client.get(k));
      }
      await client.quit();
      for (const word of secretWords) expect(dump).not.toContain(word);
      expect(dump).not.toContain(raw);
      for (const output of [one.output, two.output, three.output])
        for (const word of secretWords) expect(output.join('')).not.toContain(word);
    } finally {
      for (const p of [one, two]) if (p.alive()) p.kill();
    }
  });
});
