import type { SyncStatus } from '@/team/team-sync';

/** What the connection state means for the person, in plain words. */
export function statusMessage(status: SyncStatus, relay: string): string {
  switch (status) {
    case 'connected':
      return 'Connected: changes reach your colleagues as you make them.';
    case 'connecting':
      return `Connecting to the relay at ${relay}… Working together needs a relay (“npm run room”, see the README). Until one answers, your changes are kept here and sent when it does.`;
    case 'offline':
      return 'Offline: your changes are kept here and sent when the relay is back.';
    case 'closed':
      return 'This team link was replaced by a new one: ask a colleague for it. Your copy stays here; changes no longer reach the others.';
  }
}
