import { useState } from 'react';
import type { Assessment } from '@/schema/assessment-schema';
import { emailSafeLength, encodeShareFragment } from './share-link';

/** "Copy share link": the assessment travels in the link's fragment, optionally encrypted with a passphrase. */
export function SharePanel({ assessment }: { assessment: Assessment }) {
  const [passphrase, setPassphrase] = useState('');
  const [link, setLink] = useState<string>();
  const [status, setStatus] = useState('');
  const [working, setWorking] = useState(false);

  const create = async () => {
    setWorking(true);
    setStatus('');
    try {
      const fragment = await encodeShareFragment(assessment, passphrase || undefined);
      const url = `${window.location.origin}/open#${fragment}`;
      setLink(url);
      try {
        await navigator.clipboard.writeText(url);
        setStatus(`Link copied (${url.length.toLocaleString('en-GB')} characters).`);
      } catch {
        setStatus(
          `Link ready (${url.length.toLocaleString('en-GB')} characters): select it below and copy it.`,
        );
      }
    } catch (error) {
      setStatus(`The link could not be made: ${(error as Error).message}`);
    } finally {
      setWorking(false);
    }
  };

  return (
    <details className="share-panel">
      <summary>Share a copy by link</summary>
      <div>
        <p>
          The whole assessment goes inside the link, after the “#”, which browsers never send to a server.
          Anyone with the link can open a copy; add a passphrase so the link alone reveals nothing, and tell
          it to them another way.
        </p>
        <div className="form-group">
          <label className="label" htmlFor="share-passphrase">
            Passphrase <span className="muted">(optional)</span>
          </label>
          <p className="hint" id="share-passphrase-hint">
            At least a few words. Without it, the link itself holds the answers in readable form.
          </p>
          <input
            id="share-passphrase"
            className="input"
            type="password"
            autoComplete="new-password"
            aria-describedby="share-passphrase-hint"
            value={passphrase}
            onChange={(e) => {
              setPassphrase(e.target.value);
              setLink(undefined);
            }}
          />
        </div>
        <button type="button" className="button button-secondary" onClick={create} disabled={working}>
          {passphrase ? 'Copy protected share link' : 'Copy share link'}
        </button>
        <p role="status">{working ? 'Making the link…' : status}</p>
        {link && (
          <>
            <label className="label" htmlFor="share-link">
              Share link
            </label>
            <textarea
              id="share-link"
              className="textarea"
              readOnly
              value={link}
              rows={3}
              onFocus={(e) => e.target.select()}
            />
            {link.length > emailSafeLength && (
              <p className="warning-text">
                This link is {link.length.toLocaleString('en-GB')} characters long. Some email clients cut
                links longer than about {emailSafeLength.toLocaleString('en-GB')} characters: if it arrives
                broken, send the exported file instead.
              </p>
            )}
          </>
        )}
      </div>
    </details>
  );
}
