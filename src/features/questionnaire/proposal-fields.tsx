import type { Control, FieldErrors, UseFormRegister } from 'react-hook-form';
import { directCareOptions, ledgerContents, ledgerContextFields } from '@/framework/ledger-facts';
import { type ProposalFieldId, proposalFields, settings, settingsField } from '@/framework/proposal';
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
  const textField = (field: ProposalFieldId, multiline = false) => {
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
  return (
    <>
      {textField('title')}
      {textField('organisations')}
      {textField('assessor')}
      {textField('date')}
      {textField('description', true)}
      <div className="form-group">
        <fieldset aria-describedby="proposal-settings-hint">
          <legend className="label">
            {settingsField.label} <span className="muted">(optional)</span>
          </legend>
          <p className="hint" id="proposal-settings-hint">
            {settingsField.hint}
          </p>
          <div className="checkboxes">
            {settings.map((s) => (
              <div className="checkbox" key={s.value}>
                <input
                  id={`proposal-settings-${s.value}`}
                  type="checkbox"
                  value={s.value}
                  {...register('proposal.settings')}
                />
                <label htmlFor={`proposal-settings-${s.value}`}>{s.label}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="form-group">
        <fieldset aria-describedby="proposal-ledgerHolds-hint">
          <legend className="label">
            {ledgerContextFields.ledgerHolds.label} <span className="muted">(optional)</span>
          </legend>
          <p className="hint" id="proposal-ledgerHolds-hint">
            {ledgerContextFields.ledgerHolds.hint}
          </p>
          <div className="checkboxes">
            {ledgerContents.map((c) => (
              <div className="checkbox" key={c.value}>
                <input
                  id={`proposal-ledgerHolds-${c.value}`}
                  type="checkbox"
                  value={c.value}
                  {...register('proposal.ledgerHolds')}
                />
                <label htmlFor={`proposal-ledgerHolds-${c.value}`}>{c.label}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="form-group">
        <fieldset aria-describedby="proposal-directCare-hint">
          <legend className="label">
            {ledgerContextFields.directCare.label} <span className="muted">(optional)</span>
          </legend>
          <p className="hint" id="proposal-directCare-hint">
            {ledgerContextFields.directCare.hint}
          </p>
          <div className="radios">
            {directCareOptions.map((o) => (
              <div className="radio" key={o.value}>
                <input
                  id={`proposal-directCare-${o.value}`}
                  type="radio"
                  value={o.value}
                  {...register('proposal.directCare')}
                />
                <label htmlFor={`proposal-directCare-${o.value}`}>{o.label}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
    </>
  );
}
