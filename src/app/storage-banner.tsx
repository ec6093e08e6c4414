import { downloadText } from '../components/download';
import { useStorageStatus } from '../store/storage-status';

/** Tells the user, on every page, when saving failed or saved data could not be read. */
export function StorageBanner() {
  const {
    corruptBackup,
    corruptProblems,
    saveError,
    changedInAnotherTab,
    dismissCorrupt,
    reportChangedInAnotherTab,
  } = useStorageStatus();
  return (
    <>
      {saveError && (
        <div className="banner banner-error" role="alert">
          <h2>Not saved</h2>
          <p>{saveError}</p>
        </div>
      )}
      {corruptBackup !== undefined && (
        <div className="banner banner-error" role="alert">
          <h2>Your saved assessments could not be read</h2>
          <p>
            Ledger Fit started with an empty list so that you can keep working. Nothing has been thrown away:
            the saved data is kept as a backup in this browser, and you can download it.
          </p>
          {corruptProblems && corruptProblems.length > 0 && (
            <details>
              <summary>What was wrong</summary>
              <ul>
                {corruptProblems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </details>
          )}
          <div className="button-group">
            <button
              type="button"
              className="button"
              onClick={() =>
                downloadText(
                  `ledger-fit-unreadable-backup-${new Date().toISOString().slice(0, 10)}.json`,
                  corruptBackup,
                )
              }
            >
              Download the unreadable data
            </button>
            <button type="button" className="button button-secondary" onClick={dismissCorrupt}>
              Hide this message
            </button>
          </div>
        </div>
      )}
      {changedInAnotherTab && (
        <div className="banner" role="status">
          <p>
            Your assessments were changed in another tab or window; this page now shows those changes.{' '}
            <button type="button" className="link-button" onClick={() => reportChangedInAnotherTab(false)}>
              Dismiss
            </button>
          </p>
        </div>
      )}
    </>
  );
}
