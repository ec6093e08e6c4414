import { type ReactNode, useEffect, useRef } from 'react';

export interface FieldError {
  /** The field to link to; absent for a problem with no field (a file or a link). */
  readonly fieldId?: string;
  readonly message: string;
}

interface Props {
  errors: readonly FieldError[];
  /** Changes on each submission (the form's submit count): the summary takes focus then, never while the user fixes fields. */
  focusKey: number;
  title?: string;
  /** Said after the list: what happened and what to do next. */
  children?: ReactNode;
}

/** GOV.UK error summary: focused when a submission fails, each error links to its field. */
export function ErrorSummary({ errors, focusKey, title = 'There is a problem', children }: Props) {
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
        {errors.map(({ fieldId, message }) => (
          <li key={`${fieldId ?? ''}:${message}`}>
            {fieldId ? (
              <a
                href={`#${fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(fieldId)?.focus();
                }}
              >
                {message}
              </a>
            ) : (
              message
            )}
          </li>
        ))}
      </ul>
      {children}
    </div>
  );
}
