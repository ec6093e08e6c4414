import { isRealCase, workedExamples } from '@/framework/examples';
import type { WorkedExample } from '@/framework/examples/worked-example';

// Yeung's two contrasting cases come first: patient records (weak) and credentials (strong).
const illustrative = workedExamples
  .filter((e) => !isRealCase(e))
  .sort((a, b) => Number(b.basis !== 'illustrative') - Number(a.basis !== 'illustrative'));
const real = workedExamples.filter(isRealCase);

interface Props {
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
  exclude?: string;
}

/** Which worked examples or real cases to draw beside the proposal (up to three). */
export function OverlayChooser({ chosen, onChange, exclude }: Props) {
  const box = (e: WorkedExample) => {
    const checked = chosen.includes(e.id);
    return (
      <div className="radio" key={e.id}>
        <input
          type="checkbox"
          id={`overlay-${e.id}`}
          checked={checked}
          disabled={!checked && chosen.length >= 3}
          onChange={() => onChange(checked ? chosen.filter((id) => id !== e.id) : [...chosen, e.id])}
        />
        <label htmlFor={`overlay-${e.id}`}>{e.title}</label>
      </div>
    );
  };
  const realOptions = real.filter((e) => e.id !== exclude);
  return (
    <fieldset className="overlay-chooser">
      <legend>Compare on the charts with</legend>
      <p className="hint">Up to three worked examples or real cases.</p>
      <div className="checkboxes">{illustrative.filter((e) => e.id !== exclude).map(box)}</div>
      {/* Twelve more would push the charts out of sight: the real cases wait behind a disclosure. */}
      <details open={realOptions.some((e) => chosen.includes(e.id))}>
        <summary>Real cases ({realOptions.length})</summary>
        <div className="checkboxes">{realOptions.map(box)}</div>
      </details>
    </fieldset>
  );
}
