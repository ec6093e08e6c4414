import { fromBase64Url, toBase64Url } from '@/lib/base64';

/**
 * What this browser keeps about a team assessment: the document id and key (from the team link), this
 * person's author id and name, the Y document and what is not yet acknowledged by the relay. Kept in
 * localStorage beside the assessments themselves.
 */
export interface TeamBinding {
  readonly assessmentId: string;
  readonly docId: string;
  readonly key: string;
  readonly author: string;
  readonly name: string;
  readonly closeHash?: string;
  readonly doc?: string;
  readonly sync?: { lastSeen: string; seq: number; pending?: string };
  /** Set when a colleague made a new team link: this one no longer receives updates. */
  readonly closed?: boolean;
}

const prefix = 'ledger-fit:team:';
export const teamLinkPath = '/team';

export function readBinding(assessmentId: string): TeamBinding | undefined {
  try {
    const text = localStorage.getItem(prefix + assessmentId);
    const value = text ? (JSON.parse(text) as TeamBinding) : undefined;
    return value && typeof value.docId === 'string' && typeof value.key === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

export function writeBinding(binding: TeamBinding) {
  try {
    localStorage.setItem(prefix + binding.assessmentId, JSON.stringify(binding));
  } catch {
    // Storage full: the session goes on in memory; the storage banner reports saving problems.
  }
}

export function removeBinding(assessmentId: string) {
  localStorage.removeItem(prefix + assessmentId);
}

export function allBindings(): TeamBinding[] {
  const out: TeamBinding[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (k?.startsWith(prefix)) {
      const b = readBinding(k.slice(prefix.length));
      if (b) out.push(b);
    }
  }
  return out;
}

export const encodeBytes = (b: Uint8Array) => toBase64Url(b);
export const decodeBytes = (s: string | undefined) => (s ? fromBase64Url(s) : undefined);

/** `/team#d=<document id>&k=<key>`: the key stays after "#", which browsers never send to a server. */
export const teamLink = (origin: string, docId: string, key: string) =>
  `${origin}${teamLinkPath}#d=${docId}&k=${key}`;

export function parseTeamFragment(hash: string): { docId: string; key: string } | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const docId = params.get('d') ?? '';
  const key = params.get('k') ?? '';
  if (!/^[A-Za-z0-9_-]{16,32}$/.test(docId) || !/^[A-Za-z0-9_-]{43}$/.test(key)) return undefined;
  return { docId, key };
}

export const relayOrigin = () => import.meta.env.VITE_RELAY_ORIGIN || window.location.origin;
