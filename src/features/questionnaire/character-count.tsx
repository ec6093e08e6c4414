import { type Control, useWatch } from 'react-hook-form';
import type { PageValues } from './page-form';

interface Props {
  id: string;
  control: Control<PageValues>;
  name: `proposal.${'title' | 'organisations' | 'assessor' | 'description'}` | `answers.${string}.note`;
  max: number;
}

const n = (v: number) => v.toLocaleString('en-GB');

/** GOV.UK-style count under a long text field, shown from three quarters of the limit on. */
export function CharacterCount({ id, control, name, max }: Props) {
  const value = (useWatch({ control, name }) as string | undefined) ?? '';
  // The element stays (empty) below the threshold so aria-describedby always points at something real.
  if (value.length < max * 0.75) return <p id={id} className="char-count" hidden />;
  const over = value.length - max;
  return (
    <p id={id} className={`char-count${over > 0 ? ' char-count-over' : ''}`}>
      {over > 0
        ? `${n(value.length)} characters: ${n(over)} too many (the limit is ${n(max)})`
        : `${n(value.length)} of ${n(max)} characters: ${n(max - value.length)} left`}
    </p>
  );
}
