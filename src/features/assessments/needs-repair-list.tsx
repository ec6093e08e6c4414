import { useState } from 'react';
import { Link } from 'wouter';
import { downloadText } from '@/lib/download';
import type { NeedsRepair } from '@/schema/assessment-schema';
import { displayTitle } from '@/schema/copy-assessment';
import { exportFileName, needsRepairFileText } from '@/schema/export-file';
import { repairAssessment } from '@/schema/repair-assessment';
import { useAssessmentsStore } from '@/store/assessments-store';

/** The title a damaged record carries, if it still has a readable one. */
function titleOf(record: unknown): string {
  const proposal = (record as { proposal?: { title?: unknown } } | null)?.proposal;
  const title = typeof proposal?.title === 'string' ? proposal.title.trim() : '';
  if (!title) return 'An assessment without a readable title';
  return title.length > 80 ? `${title.slice(0, 80)}…` : title;
}

/** Saved records that failed validation: shown, never hidden, each with what is wrong and what can be done. */
export function NeedsRepairList() {
  const needsRepair = useAssessmentsStore((s) => s.needsRepair);
  const entries = Object.entries(needsRepair);
  const [repaired, setRepaired] = useState<{ id: string; title: string }>();
  if (entries.length === 0 && !repaired) return null;
  return (
    <section aria-labelledby="repair-heading" className="repair-list">
      <h2 id="repair-heading">Needs repair</h2>
      {repaired && (
        <div className="banner banner-success" role="status">
          <p>
            “{repaired.title}” is repaired and back in your list.{' '}
            <Link href={`/assessments/${repaired.id}`}>Open it</Link>
          </p>
        </div>
      )}
      {entries.length > 0 && (
        <p>
          {entries.length === 1 ? 'This saved assessment' : `These ${entries.length} saved assessments`} could
          not be read as {entries.length === 1 ? 'it is' : 'they are'}. Nothing has been lost: each is kept
          here until you repair, download or delete it.
        </p>
      )}
      <ul className="repair-entries">
        {entries.map(([key, entry]) => (
          <RepairEntry key={key} entryKey={key} entry={entry} onRepaired={setRepaired} />
        ))}
      </ul>
    </section>
  );
}

function RepairEntry({
  entryKey,
  entry,
  onRepaired,
}: {
  entryKey: string;
  entry: NeedsRepair;
  onRepaired: (done: { id: string; title: string }) => void;
}) {
  const [step, setStep] = useState<'idle' | 'preview' | 'confirmDelete'>('idle');
  const title = titleOf(entry.record);
  const preview = step === 'preview' ? repairAssessment(entry.record) : undefined;
  const store = useAssessmentsStore.getState();
  const headingId = `repair-${entryKey.replace(/[^A-Za-z0-9_-]/g, '')}`;
  return (
    <li className="repair-entry" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {title} <strong className="tag tag-warning">Needs repair</strong>
      </h3>
      <p>What is wrong:</p>
      <ul>
        {entry.problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      {preview && !preview.ok && (
        <div className="inset">
          <p>It cannot be repaired automatically:</p>
          <ul>
            {preview.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <p>Download it as a file to keep it, or delete it.</p>
        </div>
      )}
      {preview?.ok && (
        <div className="inset">
          <p>Repairing it makes these changes; everything else is kept as it was:</p>
          <ul>
            {preview.data.changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="button-group">
        {preview?.ok ? (
          <>
            <button
              type="button"
              className="button"
              onClick={() => {
                const result = store.repairNeedsRepair(entryKey);
                if (result.ok)
                  onRepaired({
                    id: result.data.id,
                    title: displayTitle(result.data),
                  });
              }}
            >
              Make these changes
            </button>
            <button type="button" className="link-button" onClick={() => setStep('idle')}>
              Cancel
            </button>
          </>
        ) : (
          step !== 'preview' && (
            <button type="button" className="button" onClick={() => setStep('preview')}>
              Repair it<span className="visually-hidden"> ({title})</span>
            </button>
          )
        )}
        <button
          type="button"
          className="button button-secondary"
          onClick={() => downloadText(exportFileName(`needs-repair-${title}`), needsRepairFileText([entry]))}
        >
          Download it as a file<span className="visually-hidden"> ({title})</span>
        </button>
        {step === 'confirmDelete' ? (
          <>
            <button
              type="button"
              className="button button-warning"
              onClick={() => store.discardNeedsRepair(entryKey)}
            >
              Yes, delete it for good
            </button>
            <button type="button" className="link-button" onClick={() => setStep('idle')}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" className="link-button" onClick={() => setStep('confirmDelete')}>
            Delete<span className="visually-hidden"> {title}</span>
          </button>
        )}
      </div>
    </li>
  );
}
