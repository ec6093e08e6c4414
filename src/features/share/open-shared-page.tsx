import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { ErrorSummary } from '@/components/error-summary';
import { PageHeading } from '@/components/page-heading';
import { VerdictTag } from '@/components/verdict-tag';
import { verdictBandOf } from '@/report/verdict-band';
import type { Assessment } from '@/schema/assessment-schema';
import { copyAssessment, displayTitle } from '@/schema/copy-assessment';
import { useAssessmentsStore } from '@/store/assessments-store';
import { decodeShareFragment, shareKind } from './share-link';

type State =
  | { kind: 'reading' }
  | { kind: 'needsPassphrase'; error?: string }
  | { kind: 'failed'; problems: string[] }
  | { kind: 'ready'; assessment: Assessment };

/** Opens a share link as a copy. The fragment is read here and never sent anywhere. */
export function OpenSharedPage() {
  const [, navigate] = useLocation();
  const [fragment] = useState(() => window.location.hash.slice(1));
  const [state, setState] = useState<State>({ kind: 'reading' });
  const [passphrase, setPassphrase] = useState('');
  // Each failed unlock moves focus to the error summary again.
  const [attempts, setAttempts] = useState(0);

  useEffect(() => {
    if (shareKind(fragment) === 'encrypted') {
      setState({ kind: 'needsPassphrase' });
      return;
    }
    void decodeShareFragment(fragment).then((r) =>
      setState(r.ok ? { kind: 'ready', assessment: r.data } : { kind: 'failed', problems: r.problems }),
    );
  }, [fragment]);

  const unlock = async () => {
    setAttempts((n) => n + 1);
    setState({ kind: 'reading' });
    const r = await decodeShareFragment(fragment, passphrase);
    setState(
      r.ok ? { kind: 'ready', assessment: r.data } : { kind: 'needsPassphrase', error: r.problems[0] },
    );
  };

  const save = (assessment: Assessment) => {
    const copy = copyAssessment(assessment, (t) => t);
    useAssessmentsStore.getState().putAssessments([copy]);
    // Drop the data from the address bar and history once it is saved.
    window.history.replaceState(null, '', '/open');
    navigate(`/assessments/${copy.id}`);
  };

  return (
    <>
      <PageHeading title="Open a shared assessment">Open a shared assessment</PageHeading>
      {state.kind === 'reading' && <p role="status">Reading the link…</p>}
      {state.kind === 'failed' && (
        <ErrorSummary
          title="This link cannot be opened"
          errors={state.problems.map((message) => ({ message }))}
          focusKey={1}
        >
          <p>Nothing was saved. Ask the sender for the link again, or for the exported file.</p>
        </ErrorSummary>
      )}
      {state.kind === 'needsPassphrase' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void unlock();
          }}
        >
          {state.error && (
            <ErrorSummary
              errors={[{ fieldId: 'open-passphrase', message: state.error }]}
              focusKey={attempts}
            />
          )}
          <div className={`form-group${state.error ? ' form-group-error' : ''}`}>
            <label className="label" htmlFor="open-passphrase">
              Passphrase
            </label>
            <p className="hint" id="open-passphrase-hint">
              This link is protected. The sender should have told you the passphrase separately.
            </p>
            <input
              id="open-passphrase"
              className="input"
              type="password"
              autoComplete="off"
              aria-describedby="open-passphrase-hint"
              aria-invalid={state.error ? true : undefined}
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          </div>
          <button type="submit" className="button">
            Open
          </button>
        </form>
      )}
      {state.kind === 'ready' && (
        <>
          <h2>{displayTitle(state.assessment)}</h2>
          {state.assessment.proposal.organisations && <p>{state.assessment.proposal.organisations}</p>}
          <p>
            Verdict: <VerdictTag band={verdictBandOf(state.assessment.answers)} />
          </p>
          <p>
            Save a copy to your assessments in this browser to read the result and change it. The sender’s
            copy is not affected.
          </p>
          <button type="button" className="button" onClick={() => save(state.assessment)}>
            Save a copy to my assessments
          </button>
        </>
      )}
    </>
  );
}
