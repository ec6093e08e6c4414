import { useEffect, useState } from 'react';
import { downloadText } from '@/lib/download';
import type { Assessment } from '@/schema/assessment-schema';
import { type SignOffRole, signOffRoles } from '@/schema/team-record';
import { type SignOff, signOffOf } from '@/team/sign-off-rows';
import { roleLabels, signAssessment } from '@/team/signing';
import { exportedKeyText, mySigningKey } from './signing-key';
import type { TeamSession } from './team-session';

/** Sign-off: each person signs the content hash with their own key; every signature is checked as shown. */
export function SignOffPanel({ assessment, session }: { assessment: Assessment; session: TeamSession }) {
  const [role, setRole] = useState<SignOffRole>('reviewer');
  const [name, setName] = useState(session.binding.name);
  const [fingerprint, setFingerprint] = useState<string>();
  const [checked, setChecked] = useState<SignOff>();
  const [status, setStatus] = useState('');
  useEffect(() => {
    void mySigningKey().then((k) => setFingerprint(k.fingerprint));
  }, []);
  useEffect(() => {
    let live = true;
    void signOffOf(assessment).then((s) => live && setChecked(s));
    return () => {
      live = false;
    };
  }, [assessment]);
  const sign = async () => {
    if (!name.trim()) return setStatus('Enter your name to sign.');
    const key = await mySigningKey();
    await session.sign(await signAssessment(assessment, key, role, name.trim()));
    setStatus(`Signed as ${roleLabels[role]}.`);
  };
  return (
    <section aria-labelledby="sign-off-heading">
      <h2 id="sign-off-heading">Sign-off</h2>
      <p>
        Your signature covers the assessment’s content as it is now. If anything changes afterwards, it shows
        as “changed after signing”. Colleagues trust your key by its fingerprint: read it to them.
      </p>
      <p>
        Your key fingerprint: <strong className="fingerprint">{fingerprint ?? '…'}</strong>{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            const text = exportedKeyText();
            if (text) downloadText('ledger-fit-signing-key.json', text);
          }}
        >
          Export my signing key
        </button>
      </p>
      <div className="form-group">
        <label className="label" htmlFor="sign-role">
          Sign as
        </label>
        <select
          id="sign-role"
          className="select"
          value={role}
          onChange={(e) => setRole(e.target.value as SignOffRole)}
        >
          {signOffRoles.map((r) => (
            <option key={r} value={r}>
              {roleLabels[r]}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="label" htmlFor="sign-name">
          Name on the signature
        </label>
        <input
          id="sign-name"
          className="input"
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <button type="button" className="button" onClick={() => void sign()}>
        Sign the assessment
      </button>
      <p role="status">{status}</p>
      {checked && checked.rows.length > 0 && (
        <table className="table">
          <caption>Signatures</caption>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">Name</th>
              <th scope="col">Signed (UTC)</th>
              <th scope="col">Key fingerprint</th>
              <th scope="col">Check</th>
            </tr>
          </thead>
          <tbody>
            {checked.rows.map((r) => (
              <tr key={`${r.role}-${r.time}-${r.fingerprint}`}>
                <td>{r.role}</td>
                <td>{r.name}</td>
                <td>{`${r.time.slice(0, 10)} ${r.time.slice(11, 16)}`}</td>
                <td>{r.fingerprint}</td>
                <td>
                  <strong>{r.status}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
