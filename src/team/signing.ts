import { fromBase64Url, toBase64Url } from '@/lib/base64';
import type { Assessment } from '@/schema/assessment-schema';
import type { Signature, SignOffRole } from '@/schema/team-record';
import { canonicalJson } from './canonical-json';
import { contentHash } from './content-hash';

/**
 * Sign-off with a personal ECDSA P-256 key (WebCrypto). A signature covers the canonical JSON of
 * { contentHash, name, role, time }, so neither the content nor who signed in which role can change
 * without it failing. Trust in a public key is by its fingerprint, compared by colleagues, not an authority.
 */
const ecdsa = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const signParams = { name: 'ECDSA', hash: 'SHA-256' } as const;
const encoder = new TextEncoder();
const bytes = (b: Uint8Array) => b as Uint8Array<ArrayBuffer>;

export interface SigningKey {
  readonly privateKey: CryptoKey;
  /** Raw public key, base64url. */
  readonly publicKey: string;
}

/** A new key pair; the private key is extractable only so the person can export it to move machines. */
export async function newSigningKey(): Promise<SigningKey & { pkcs8: string }> {
  const pair = (await crypto.subtle.generateKey(ecdsa, true, ['sign', 'verify'])) as CryptoKeyPair;
  const publicKey = toBase64Url(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
  const pkcs8 = toBase64Url(new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey)));
  return { privateKey: pair.privateKey, publicKey, pkcs8 };
}

/** A key from its export (pkcs8 and raw public key, base64url); undefined when either is not a P-256 key. */
export async function importSigningKey(pkcs8: string, publicKey: string): Promise<SigningKey | undefined> {
  const raw = fromBase64Url(pkcs8);
  if (!raw || !fromBase64Url(publicKey)) return undefined;
  try {
    const privateKey = await crypto.subtle.importKey('pkcs8', bytes(raw), ecdsa, true, ['sign']);
    return { privateKey, publicKey };
  } catch {
    return undefined;
  }
}

const signedText = (s: Pick<Signature, 'contentHash' | 'name' | 'role' | 'time'>) =>
  encoder.encode(canonicalJson({ contentHash: s.contentHash, name: s.name, role: s.role, time: s.time }));

export async function signAssessment(
  assessment: Assessment,
  key: SigningKey,
  role: SignOffRole,
  name: string,
  time = new Date(),
): Promise<Signature> {
  const body = { role, name, time: time.toISOString(), contentHash: contentHash(assessment) };
  const signature = await crypto.subtle.sign(signParams, key.privateKey, signedText(body));
  return { ...body, publicKey: key.publicKey, signature: toBase64Url(new Uint8Array(signature)) };
}

export type SignatureStatus = 'verified' | 'changed after signing' | 'signature does not verify';

/**
 * "verified": the signature is the key's over this content; "changed after signing": it is the key's,
 * over content that has since changed; otherwise it does not verify (forged, damaged or not P-256).
 */
export async function signatureStatus(
  signature: Signature,
  assessment: Assessment,
): Promise<SignatureStatus> {
  const key = fromBase64Url(signature.publicKey);
  const sig = fromBase64Url(signature.signature);
  if (!key || !sig) return 'signature does not verify';
  try {
    const publicKey = await crypto.subtle.importKey('raw', bytes(key), ecdsa, false, ['verify']);
    const valid = await crypto.subtle.verify(signParams, publicKey, bytes(sig), signedText(signature));
    if (!valid) return 'signature does not verify';
  } catch {
    return 'signature does not verify';
  }
  return signature.contentHash === contentHash(assessment) ? 'verified' : 'changed after signing';
}

export const roleLabels: Record<SignOffRole, string> = {
  assessor: 'Assessor',
  reviewer: 'Reviewer',
  clinicalSafetyOfficer: 'Clinical Safety Officer',
  igLead: 'Information governance lead',
};
