import { useState } from 'react';
import { downloadText } from '@/lib/download';
import { exportFileName, needsRepairFileText } from '@/schema/export-file';
import { useStorageStatus } from '@/store/storage-status';
import type { UnreadableBackup } from '@/store/unreadable-backups';

function parsedOrText(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** The backup as a Ledger Fit file: importing it puts it in the repair list, so nothing is stuck in a dead file. */
const downloadBackup = (backup: UnreadableBackup) =>
  downloadText(
    exportFileName('unreadable-saved-data'),
    needsRepairFileText([
      {
        record: parsedOrText(backup.raw),
        problems: [...backup.problems],
        foundAt: backup.savedAt || new Date().toISOString(),
      },
    ]),
  );

const savedAtText = (iso: string) =>
  iso
    ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })
    : 'an earlier version';

/** Tells the user, on every page, when saving failed or saved data could not be read. */
export function StorageBanner() {
  const { unreadable, saveError, changedInAnotherTab, dismissUnreadable, reportChangedInAnotherTab } =
    useStorageStatus();
  return (
    <>
      {saveError && (
        <div className="banner banner-error" role="alert">
          <h2>Not saved</h2>
          <p>{saveError}</p>
        </div>
      )}
      {unreadable.length > 0 && (
        <div className="banner banner-error" role="alert">
          <h2>Some saved data could not be read</h2>
          <p>
            Nothing has been thrown away: each unreadable version is kept in this browser until you delete it.
            Download it as a file (importing the file puts it in your list to repair), then delete it here.
          </p>
          <ul className="backup-list">
            {unreadable.map((backup) => (
              <BackupItem
                key={backup.key ?? 'in-memory'}
                backup={backup}
                onDelete={() => dismissUnreadable(backup)}
              />
            ))}
          </ul>
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

function BackupItem({ backup, onDelete }: { backup: UnreadableBackup; onDelete: () => void }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <li>
      <p>
        Unreadable data found {savedAtText(backup.savedAt)} ({backup.raw.length.toLocaleString('en-GB')}{' '}
        characters)
        {backup.key ? '' : ': not stored, because this browser’s storage is full'}.
      </p>
      {backup.problems.length > 0 && (
        <details>
          <summary>What was wrong</summary>
          <ul>
            {backup.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="button-group">
        <button type="button" className="button" onClick={() => downloadBackup(backup)}>
          Download it as a file
        </button>
        {confirming ? (
          <>
            <button type="button" className="button button-warning" onClick={onDelete}>
              Yes, delete it for good
            </button>
            <button type="button" className="link-button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
            Delete it from this browser
          </button>
        )}
      </div>
    </li>
  );
}
