import { workedExamples } from '@/framework/examples';

// The seed's two contrasting cases come first: patient records (weak) and credentials (strong).
const offered = [...workedExamples].sort(
  (a, b) => Number(b.basis !== 'illustrative') - Number(a.basis !== 'illustrative'),
);

interface Props {
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
  exclude?: string;
}

/** Which worked examples to draw beside the proposal (up to three). */
export function OverlayChooser({ chosen, onChange, exclude }: Props) {
  const options = offered.filter((e) => e.id !== exclude);
  return (
    <fieldset className="overlay-chooser">
      <legend>Compare on the charts with</legend>
      <p className="hint">Up to three worked examples.</p>
      <div className="checkboxes">
        {options.map((e) => {
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
        })}
      </div>
    </fieldset>
  );
}
