import { lazy, Suspense, useState } from 'react';
import { useLocation } from 'wouter';
import { PageHeading } from '@/components/page-heading';
import { exampleCatalogue, realCaseCatalogue } from '@/framework/examples/catalogue';
import { questionnairePages } from '@/framework/pages';
import { downloadText } from '@/lib/download';
import type { Assessment } from '@/schema/assessment-schema';
import { displayTitle } from '@/schema/copy-assessment';
import { exportFileName, exportFileText } from '@/schema/export-file';
import { useAssessmentsStore } from '@/store/assessments-store';
import { ImportPanel } from './import-panel';
import { NeedsRepairList } from './needs-repair-list';
import { SavedAssessmentsList } from './saved-assessments-list';

// react-hook-form is the largest thing the start page would load for one text field: the form comes in its
// own chunk, requested as soon as this page's code runs, so the first page's JS stays within its budget.
const newAssessmentForm = import('./new-assessment-form');
const NewAssessmentForm = lazy(() => newAssessmentForm.then((m) => ({ default: m.NewAssessmentForm })));

/** My assessments: the start page. */
export function AssessmentsPage() {
  const [, navigate] = useLocation();
  const store = useAssessmentsStore();
  const list = Object.values(store.assessments).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const [deleted, setDeleted] = useState<Assessment>();
  const [exampleId, setExampleId] = useState<string>(exampleCatalogue[0].id);

  const exportAll = () => downloadText(exportFileName('all-assessments'), exportFileText(list));

  return (
    <>
      <PageHeading title="My assessments">My assessments</PageHeading>
      {deleted && (
        <div className="banner banner-success" role="status">
          <p>
            “{displayTitle(deleted)}” was deleted.{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                store.restoreAssessment(deleted);
                setDeleted(undefined);
              }}
            >
              Undo
            </button>
          </p>
        </div>
      )}
      <NeedsRepairList />
      {list.length === 0 ? (
        <div className="empty-state">
          <p className="lead">
            Ledger Fit tells you, with reasons, whether a blockchain (distributed ledger) fits a healthcare
            proposal, and what would serve better if it does not.
          </p>
          <p>
            You answer {questionnairePages.length} short pages about the proposal, following Prof Karen
            Yeung’s framework: the two core functions a ledger can serve, a pre-screen, six conditions, six
            obstacles and three tensions. It takes about 20 to 30 minutes. Your answers are saved in this
            browser as you go and never leave it.
          </p>
        </div>
      ) : (
        <SavedAssessmentsList
          list={list}
          onRename={store.renameAssessment}
          onDuplicate={store.duplicateAssessment}
          onDelete={(id) => setDeleted(store.deleteAssessment(id))}
        />
      )}
      <div className="two-columns">
        <section aria-labelledby="new-heading">
          <h2 id="new-heading">Start a new assessment</h2>
          <Suspense fallback={<div className="inline-form" style={{ minHeight: '9.5rem' }} />}>
            <NewAssessmentForm
              onCreate={(title) => navigate(`/assessments/${store.createAssessment(title)}`)}
            />
          </Suspense>
        </section>
        <section aria-labelledby="example-heading">
          <h2 id="example-heading">Start from a worked example</h2>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void store.createFromExample(exampleId).then((id) => {
                if (id) navigate(`/assessments/${id}`);
              });
            }}
          >
            <div className="form-group">
              <label className="label" htmlFor="example-choice">
                Worked example
              </label>
              <p className="hint" id="example-choice-hint">
                Opens a copy you can edit; the example itself stays as it is.
              </p>
              <select
                id="example-choice"
                className="select"
                aria-describedby="example-choice-hint"
                value={exampleId}
                onChange={(e) => setExampleId(e.target.value)}
              >
                <optgroup label="Worked examples">
                  {exampleCatalogue.map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.title}
                    </option>
                  ))}
                </optgroup>
                <optgroup label="Real cases">
                  {realCaseCatalogue.map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.title}
                    </option>
                  ))}
                </optgroup>
              </select>
            </div>
            <button type="submit" className="button button-secondary">
              Open a copy
            </button>
          </form>
        </section>
      </div>
      <ImportPanel />
      {list.length > 0 && (
        <section aria-labelledby="backup-heading">
          <h2 id="backup-heading">Back up</h2>
          <p>Save every assessment as one file, to keep or to move to another computer.</p>
          <button type="button" className="button button-secondary" onClick={exportAll}>
            Export everything ({list.length})
          </button>
        </section>
      )}
    </>
  );
}
