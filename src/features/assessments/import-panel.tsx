import { type DragEvent, useRef, useState } from 'react';
import { ErrorSummary } from '@/components/error-summary';
import type { Assessment, NeedsRepair } from '@/schema/assessment-schema';
import { displayTitle } from '@/schema/copy-assessment';
import { maxFileBytes, parseAssessmentFile } from '@/schema/parse-assessment-file';
import { useAssessmentsStore } from '@/store/assessments-store';
import { asCopy, type ImportPlan, planImport } from './import-plan';

type Choice = 'copy' | 'replace';
interface Done {
  added: Assessment[];
  replaced: Assessment[];
  /** Keys of records the file carried for repair, kept in the repair list. */
  keptForRepair: string[];
}

/** Import by file picker or drag and drop: validated first; a bad file changes nothing. */
export function ImportPanel() {
  const [problems, setProblems] = useState<{ file: string; list: string[]; attempt: number }>();
  const [plan, setPlan] = useState<ImportPlan>();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [done, setDone] = useState<Done>();
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const commit = (
    fresh: readonly Assessment[],
    conflicts: ImportPlan['conflicts'],
    picked: Record<string, Choice>,
    needsRepair: readonly NeedsRepair[],
  ) => {
    const store = useAssessmentsStore.getState();
    const replacing = conflicts.filter((c) => picked[c.incoming.id] === 'replace');
    const copies = conflicts
      .filter((c) => picked[c.incoming.id] !== 'replace')
      .map((c) => asCopy(c.incoming));
    const added = [...fresh, ...copies];
    store.putAssessments([...added, ...replacing.map((c) => c.incoming)]);
    const keptForRepair = store.putNeedsRepair(needsRepair);
    setDone({ added, replaced: replacing.map((c) => c.existing), keptForRepair });
    setPlan(undefined);
  };

  const readFile = async (file: File) => {
    setProblems(undefined);
    setDone(undefined);
    setPlan(undefined);
    if (file.size > maxFileBytes) {
      setProblems({
        file: file.name,
        list: [`The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; a Ledger Fit file is at most 5 MB.`],
        attempt: Date.now(),
      });
      return;
    }
    const result = parseAssessmentFile(await file.text());
    if (!result.ok) {
      setProblems({ file: file.name, list: result.problems, attempt: Date.now() });
      return;
    }
    const next = planImport(
      useAssessmentsStore.getState().assessments,
      result.data.assessments,
      result.data.needsRepair,
    );
    if (next.conflicts.length === 0) commit(next.fresh, [], {}, next.needsRepair);
    else {
      setChoices(Object.fromEntries(next.conflicts.map((c) => [c.incoming.id, 'copy' as Choice])));
      setPlan(next);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void readFile(file);
  };

  const undo = () => {
    if (!done) return;
    const store = useAssessmentsStore.getState();
    for (const a of done.added) store.deleteAssessment(a.id);
    store.putAssessments(done.replaced);
    for (const key of done.keptForRepair) store.discardNeedsRepair(key);
    setDone(undefined);
  };

  return (
    <section
      aria-labelledby="import-heading"
      className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2 id="import-heading">Import assessments</h2>
      {problems && (
        <ErrorSummary
          title={`${problems.file} could not be imported`}
          errors={problems.list.map((message) => ({ message }))}
          focusKey={problems.attempt}
        >
          <p>Nothing was changed.</p>
        </ErrorSummary>
      )}
      {done && <ImportDone done={done} onUndo={undo} />}
      {plan ? (
        <ConflictForm
          plan={plan}
          choices={choices}
          onChoose={(id, choice) => setChoices((c) => ({ ...c, [id]: choice }))}
          onFinish={() => commit(plan.fresh, plan.conflicts, choices, plan.needsRepair)}
          onCancel={() => setPlan(undefined)}
        />
      ) : (
        <div className="form-group">
          <label className="label" htmlFor="import-file">
            Choose a Ledger Fit file (.json)
          </label>
          <p className="hint" id="import-file-hint">
            Or drop the file here. It is read in this browser only; a file that is not valid changes nothing.
          </p>
          <input
            ref={inputRef}
            id="import-file"
            type="file"
            accept=".json,application/json"
            aria-describedby="import-file-hint"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void readFile(file);
              e.target.value = '';
            }}
          />
        </div>
      )}
    </section>
  );
}

/** What the import did, with the way back. */
function ImportDone({ done, onUndo }: { done: Done; onUndo: () => void }) {
  const count = done.added.length + done.replaced.length;
  return (
    <div className="banner banner-success" role="status">
      <p>
        Imported {count} assessment{count === 1 ? '' : 's'}
        {done.replaced.length > 0 ? `, replacing ${done.replaced.length}` : ''}
        {done.keptForRepair.length > 0
          ? `; ${done.keptForRepair.length} kept in the “Needs repair” list above`
          : ''}
        .{' '}
        <button type="button" className="link-button" onClick={onUndo}>
          Undo the import
        </button>
      </p>
    </div>
  );
}

/** One question per assessment already saved: import it as a copy, or replace the saved one. */
function ConflictForm({
  plan,
  choices,
  onChoose,
  onFinish,
  onCancel,
}: {
  plan: ImportPlan;
  choices: Record<string, Choice>;
  onChoose: (id: string, choice: Choice) => void;
  onFinish: () => void;
  onCancel: () => void;
}) {
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onFinish();
      }}
    >
      <p>
        {plan.conflicts.length} of the assessments in the file {plan.conflicts.length === 1 ? 'is' : 'are'}{' '}
        already saved here.
      </p>
      {plan.conflicts.map(({ incoming, existing }) => (
        <fieldset key={incoming.id} className="form-group">
          <legend>“{displayTitle(existing)}” is already saved</legend>
          {(['copy', 'replace'] as const).map((choice) => (
            <div className="radio" key={choice}>
              <input
                type="radio"
                id={`import-${incoming.id}-${choice}`}
                name={`import-${incoming.id}`}
                checked={choices[incoming.id] === choice}
                onChange={() => onChoose(incoming.id, choice)}
              />
              <label htmlFor={`import-${incoming.id}-${choice}`}>
                {choice === 'copy'
                  ? 'Import as a copy, keeping both'
                  : 'Replace the saved one (you can undo this)'}
              </label>
            </div>
          ))}
        </fieldset>
      ))}
      <button type="submit" className="button">
        Finish the import
      </button>
      <button type="button" className="link-button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
