import { fingerprint } from '@/team/fingerprint';
import { importSigningKey, newSigningKey, type SigningKey } from '@/team/signing';

/**
 * This person's sign-off key, made on first use and kept in this browser (localStorage, beside the
 * assessments). "Export my signing key" downloads it to move machines; importing it back signs as before.
 */
const storageKey = 'ledger-fit:signing-key';

interface Stored {
  readonly pkcs8: string;
  readonly publicKey: string;
}

export async function mySigningKey(): Promise<SigningKey & { fingerprint: string }> {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as Stored | null;
    if (stored) {
      const key = await importSigningKey(stored.pkcs8, stored.publicKey);
      if (key) return { ...key, fingerprint: fingerprint(key.publicKey) };
    }
  } catch {
    // Unreadable: a new key is made below (the old one stays in any export the person made).
  }
  const fresh = await newSigningKey();
  localStorage.setItem(storageKey, JSON.stringify({ pkcs8: fresh.pkcs8, publicKey: fresh.publicKey }));
  return {
    privateKey: fresh.privateKey,
    publicKey: fresh.publicKey,
    fingerprint: fingerprint(fresh.publicKey),
  };
}

export function exportedKeyText(): string | undefined {
  const text = localStorage.getItem(storageKey);
  return text
    ? `${JSON.stringify({ format: 'ledger-fit-signing-key', ...JSON.parse(text) }, null, 2)}\n`
    : undefined;
}

/** Reads an exported key file; undefined when it is not one. */
export async function importKeyText(text: string): Promise<string | undefined> {
  try {
    const value = JSON.parse(text) as Partial<Stored> & { format?: string };
    if (value.format !== 'ledger-fit-signing-key' || !value.pkcs8 || !value.publicKey) return undefined;
    const key = await importSigningKey(value.pkcs8, value.publicKey);
    if (!key) return undefined;
    localStorage.setItem(storageKey, JSON.stringify({ pkcs8: value.pkcs8, publicKey: value.publicKey }));
    return fingerprint(value.publicKey);
  } catch {
    return undefined;
  }
}
