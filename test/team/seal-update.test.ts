// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { importDocumentKey, newDocumentKey, openUpdate, sealUpdate } from '../../src/team/seal-update';

describe('sealed updates', () => {
  it('open only under the same key, document, sender and sequence number', async () => {
    const { key, raw } = await newDocumentKey();
    const plain = new TextEncoder().encode('an update');
    const sealed = await sealUpdate(key, 'update', 'doc1', 'alice', 7, plain);
    expect(await openUpdate(key, 'update', 'doc1', 'alice', 7, sealed)).toEqual(plain);
    const again = await importDocumentKey(raw);
    expect(await openUpdate(again!, 'update', 'doc1', 'alice', 7, sealed)).toEqual(plain);
    expect(await openUpdate(key, 'update', 'doc2', 'alice', 7, sealed)).toBeUndefined();
    expect(await openUpdate(key, 'update', 'doc1', 'bob', 7, sealed)).toBeUndefined();
    expect(await openUpdate(key, 'update', 'doc1', 'alice', 8, sealed)).toBeUndefined();
    expect(await openUpdate(key, 'presence', 'doc1', 'alice', 7, sealed)).toBeUndefined();
    const other = await newDocumentKey();
    expect(await openUpdate(other.key, 'update', 'doc1', 'alice', 7, sealed)).toBeUndefined();
  });

  it('seals a one-letter and a 200-letter change to the same size', async () => {
    const { key } = await newDocumentKey();
    const small = await sealUpdate(key, 'update', 'd', 's', 1, new Uint8Array(1));
    const large = await sealUpdate(key, 'update', 'd', 's', 2, new Uint8Array(200));
    expect(small.data.length).toBe(large.data.length);
  });

  it('refuses a key that is not 32 bytes of base64url', async () => {
    expect(await importDocumentKey('abc')).toBeUndefined();
    expect(await importDocumentKey('!!!')).toBeUndefined();
  });
});
