import { useEffect, useRef } from 'react';

export interface FieldError {
  readonly fieldId: string;
  readonly message: string;
}

interface Props {
  errors: readonly FieldError[];
  /** Changes on each submission (the form's submit count): the summary takes focus then, never while the user fixes fields. */
  focusKey: number;
  title?: string;
}

/** GOV.UK error summary: focused when a submission fails, each error links to its field. */
export function ErrorSummary({ errors, focusKey, title = 'There is a problem' }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus follows submissions (focusKey), not each change of the error list.
  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [focusKey]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.fieldId}>
            <a
              href={`#${e.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(e.fieldId)?.focus();
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
