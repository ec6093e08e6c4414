import type { Slide } from '@/report/slides';

type Of<K extends Slide['kind']> = Extract<Slide, { kind: K }>;

export function TitleSlide({ slide }: { slide: Of<'title'> }) {
  return (
    <div className="slide-body slide-title">
      <p className="kicker">{slide.kicker}</p>
      <h2>{slide.title}</h2>
      {slide.subtitle && <p className="subtitle">{slide.subtitle}</p>}
      <p className="small">{slide.method}</p>
    </div>
  );
}

export function QuestionSlide({ slide }: { slide: Of<'question'> }) {
  return (
    <div className="slide-body">
      <h2>{slide.title}</h2>
      <blockquote className="big-quote">“{slide.quote}”</blockquote>
      <p className="cite">{slide.cite}</p>
      <blockquote>“{slide.thesis}”</blockquote>
      <p className="cite">{slide.thesisCite}</p>
    </div>
  );
}

export function CoreFunctionsSlide({ slide }: { slide: Of<'coreFunctions'> }) {
  return (
    <div className="slide-body">
      <h2>{slide.title}</h2>
      <div className="slide-columns">
        {slide.items.map((item, i) => (
          <section key={item.title} className="slide-card">
            <h3>
              {i + 1}. {item.title}
            </h3>
            <p>{item.summary}</p>
            <p className="small">Example: {item.example}</p>
            <p className="status-line">{item.status}</p>
          </section>
        ))}
      </div>
    </div>
  );
}

export function PrescreenSlide({ slide }: { slide: Of<'prescreen'> }) {
  return (
    <div className="slide-body">
      <h2>{slide.title}</h2>
      {slide.failures.length === 0 ? (
        <p>{slide.passed}</p>
      ) : (
        <ul>
          {slide.failures.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
