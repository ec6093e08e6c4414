import { useForm } from 'react-hook-form';
import { ErrorSummary } from '@/components/error-summary';
import { proposalFields } from '@/framework/proposal';

interface Values {
  title: string;
}

/** Names a new assessment; the title is the one thing needed to start. */
export function NewAssessmentForm({ onCreate }: { onCreate: (title: string) => void }) {
  const {
    register,
    handleSubmit,
    formState: { errors, submitCount },
  } = useForm<Values>({ defaultValues: { title: '' } });
  const titleError = errors.title?.message;
  return (
    <form onSubmit={handleSubmit((v) => onCreate(v.title.trim()))} noValidate className="inline-form">
      {submitCount > 0 && (
        <ErrorSummary
          errors={titleError ? [{ fieldId: 'new-title', message: titleError }] : []}
          focusKey={submitCount}
        />
      )}
      <div className={`form-group${titleError ? ' form-group-error' : ''}`}>
        <label htmlFor="new-title" className="label">
          {proposalFields.title.label}
        </label>
        <p className="hint" id="new-title-hint">
          {proposalFields.title.hint}
        </p>
        {titleError && (
          <p className="error-message" id="new-title-error">
            <span className="visually-hidden">Error:</span> {titleError}
          </p>
        )}
        <input
          id="new-title"
          className="input"
          aria-describedby={`new-title-hint${titleError ? ' new-title-error' : ''}`}
          aria-invalid={titleError ? true : undefined}
          {...register('title', {
            validate: (v) => v.trim() !== '' || 'Enter a title for the proposal',
            maxLength: {
              value: proposalFields.title.maxLength,
              message: `Title must be ${proposalFields.title.maxLength} characters or fewer`,
            },
          })}
        />
      </div>
      <button type="submit" className="button">
        Start a new assessment
      </button>
    </form>
  );
}
