import { el, setStatus, show } from './dom';

/**
 * Plain http by the laptop's LAN address: the browser gives no WebCrypto, so nothing can be sealed. The QR
 * code would give the same address again, so the phone asks for the https one instead.
 */
export function insecure() {
  show(
    el('h1', { text: 'This link needs a secure (https) connection' }),
    el('p', {
      className: 'error',
      text: 'This page was opened over plain http, so your phone cannot seal your rating. Ask the facilitator for the https address of the room (it starts with https://) and open that instead.',
    }),
  );
}

/** A link whose key does not read as a P-256 public key: cut short, or changed by hand. */
export function brokenLink() {
  show(
    el('h1', { text: 'This join link does not work' }),
    el('p', {
      className: 'error',
      text: 'The room’s key in the link is damaged or cut short. Scan the QR code again, or type the code shown on the screen.',
    }),
  );
}

export function ended() {
  setStatus('');
  show(
    el('h1', { text: 'The live room has ended' }),
    el('p', {
      text: 'The facilitator ended the live room. Thank you for taking part: you can close this page.',
    }),
  );
}

export function locked() {
  show(
    el('h1', { text: 'The room is closed to new phones' }),
    el('p', {
      text: 'The facilitator has locked the room. Ask them to unlock it if you should be in it.',
    }),
  );
}
