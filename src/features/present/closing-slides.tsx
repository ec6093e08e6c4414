import { presentationText } from '@/framework/presentation';
import type { Slide } from '@/report/slides';

type Of<K extends Slide['kind']> = Extract<Slide, { kind: K }>;

function Items({ items, none }: { items: readonly string[]; none: string }) {
  return items.length === 0 ? (
    <p className="small">{none}</p>
  ) : (
    <ul className="small">
      {items.map((s) => (
        <li key={s}>{s}</li>
      ))}
    </ul>
  );
}

export function RegulatorySlide({ slide }: { slide: Of<'regulatory'> }) {
  const bearing = slide.duties.filter((d) => d.implication).slice(0, 4);
  return (
    <div className="slide-body">
      <h2>{slide.title}</h2>
      {slide.duties.length === 0 ? (
        <p>{slide.none}</p>
      ) : (
        <ul className="small">
          {bearing.map((d) => (
            <li key={`${d.profile}-${d.name}`}>
              <strong>{d.name}:</strong> {d.implication}
            </li>
          ))}
        </ul>
      )}
      {slide.nextSteps.length > 0 && (
        <>
          <h3>Next steps</h3>
          <ol className="small">
            {slide.nextSteps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

export function OpenQuestionsSlide({ slide }: { slide: Of<'openQuestions'> }) {
  if (slide.pivotal.length + slide.other.length === 0)
    return (
      <div className="slide-body">
        <h2>{slide.title}</h2>
        <p>{slide.none}</p>
      </div>
    );
  return (
    <div className="slide-body">
      <h2>{slide.title}</h2>
      <div className="slide-columns">
        <section>
          <h3>Could move the verdict alone</h3>
          <Items items={slide.pivotal} none={slide.nonePivotal} />
        </section>
        <section>
          <h3>Also not known</h3>
          <Items items={slide.other} none="Nothing else." />
        </section>
      </div>
    </div>
  );
}

export function ChangeSlide({ slide }: { slide: Of<'change'> }) {
  const columns = [
    [presentationText.change.up, slide.up],
    [presentationText.change.down, slide.down],
  ] as const;
  return (
    <div className="slide-body">
      <h2>{slide.title}</h2>
      <div className="slide-columns">
        {columns.map(([heading, items]) => (
          <section key={heading}>
            <h3>{heading}</h3>
            <Items items={items} none={slide.none} />
          </section>
        ))}
      </div>
    </div>
  );
}
