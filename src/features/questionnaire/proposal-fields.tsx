import type { Control, FieldErrors, UseFormRegister } from 'react-hook-form';
import { type ProposalFieldId, proposalFields, settings } from '@/framework/proposal';
import { CharacterCount } from './character-count';
import type { PageValues } from './page-form';

interface Props {
  register: UseFormRegister<PageValues>;
  control: Control<PageValues>;
  errors: FieldErrors<PageValues['proposal']> | undefined;
}

export const proposalFieldId = (field: ProposalFieldId) => `proposal-${field}`;

/** The descriptive fields of the proposal page. */
export function ProposalFields({ register, control, errors }: Props) {
  const textField = (field: Exclude<ProposalFieldId, 'setting'>, multiline = false) => {
    const spec = proposalFields[field];
    const id = proposalFieldId(field);
    const error = errors?.[field]?.message;
    const describedBy = [`${id}-hint`, error ? `${id}-error` : '', field === 'date' ? '' : `${id}-count`]
      .filter(Boolean)
      .join(' ');
    const common = {
      id,
      'aria-describedby': describedBy,
      'aria-invalid': error ? true : undefined,
      ...register(`proposal.${field}`),
    };
    return (
      <div className={`form-group${error ? ' form-group-error' : ''}`}>
        <label className="label" htmlFor={id}>
          {spec.label}
          {field !== 'title' && <span className="muted"> (optional)</span>}
        </label>
        <p className="hint" id={`${id}-hint`}>
          {spec.hint}
        </p>
        {error && (
          <p className="error-message" id={`${id}-error`}>
            <span className="visually-hidden">Error:</span> {error}
          </p>
        )}
        {multiline ? (
          <textarea className="textarea" rows={4} {...common} />
        ) : field === 'date' ? (
          // A real date input: the browser shows it in the reader's own date order and stores ISO 8601.
          <input className="input input-date" type="date" min="1900-01-01" max="2999-12-31" {...common} />
        ) : (
          <input className="input" {...common} />
        )}
        {field !== 'date' && (
          <CharacterCount
            id={`${id}-count`}
            control={control}
            name={`proposal.${field}`}
            max={spec.maxLength}
          />
        )}
      </div>
    );
  };
  const settingId = proposalFieldId('setting');
  return (
    <>
      {textField('title')}
      {textField('organisations')}
      {textField('assessor')}
      {textField('date')}
      {textField('description', true)}
      <div className="form-group">
        <label className="label" htmlFor={settingId}>
          {proposalFields.setting.label} <span className="muted">(optional)</span>
        </label>
        <p className="hint" id={`${settingId}-hint`}>
          {proposalFields.setting.hint}
        </p>
        <select
          id={settingId}
          className="select"
          aria-describedby={`${settingId}-hint`}
          {...register('proposal.setting')}
        >
          <option value="">Not chosen</option>
          {settings.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
