import type { Plugin } from 'vite';

/**
 * A hosted relay on another origin (VITE_RELAY_ORIGIN) is the only other place the app may connect to:
 * the Content-Security-Policy names it and nothing else. Unset, the app talks only to its own origin.
 */
const relayOrigin = process.env.VITE_RELAY_ORIGIN ? new URL(process.env.VITE_RELAY_ORIGIN).origin : '';
const relayCsp = relayOrigin ? `${relayOrigin} ${relayOrigin.replace(/^http/, 'ws')}` : '';
export const relayCspPlugin: Plugin = {
  name: 'ledger-fit-relay-csp',
  transformIndexHtml: (html: string) =>
    html.replace(' %LEDGER_FIT_RELAY_ORIGIN%', relayCsp ? ` ${relayCsp}` : ''),
};
