import { networkInterfaces } from 'node:os';
import { generate } from 'selfsigned';

/** This machine's IPv4 addresses on its networks (the venue Wi-Fi), which phones can reach. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((i) => i && i.family === 'IPv4' && !i.internal)
    .map((i) => (i as { address: string }).address);
}

/**
 * The origins phones should open, best first, for `GET /api/origin`: those configured (PUBLIC_ORIGIN),
 * then this machine's LAN addresses on the relay's port (https when the relay serves TLS).
 */
export function publicOrigins(configured: readonly string[], port: number, tls: boolean): string[] {
  const lan = lanAddresses().map((a) => `${tls ? 'https' : 'http'}://${a}:${port}`);
  return [...configured, ...lan];
}

/**
 * A certificate made at start for `npm run room:https`, naming localhost and every LAN address: phones
 * warn once that it is not from a known authority (the page is then a secure context, so sealing works).
 */
export async function selfSignedCertificate(): Promise<{ key: string; cert: string }> {
  const notAfter = new Date();
  notAfter.setDate(notAfter.getDate() + 30);
  const pems = await generate([{ name: 'commonName', value: 'Ledger Fit live room' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notAfterDate: notAfter,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          ...lanAddresses().map((ip) => ({ type: 7 as const, ip })),
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
