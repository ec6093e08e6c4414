import { lazy, Suspense } from 'react';
import { VerdictTag } from '@/components/verdict-tag';
import { answerLabel } from '@/framework/answer-label';
import { citeLabel } from '@/framework/guidance';
import { presentationText } from '@/framework/presentation';
import type { AnswerValue } from '@/framework/question';
import { findQuestion } from '@/framework/questions';
import { exampleSeries } from '@/report/example-series';
import type { Slide } from '@/report/slides';
import type { Answers } from '@/schema/assessment-schema';
import { LiveRating } from './slide-controls';

const ConditionsRadar = lazy(() =>
  import('@/components/charts/conditions-radar').then((m) => ({ default: m.ConditionsRadar })),
);

interface Props {
  slide: Slide;
  answers: Answers;
  title: string;
  compareWith: string;
  onChange?: (questionId: string, value: AnswerValue | undefined) => void;
  /** A unique prefix for control ids when two slides are on one page (current and next). */
  idPrefix: string;
}

/** One slide's content, in slide coordinates (1920 × 1080). */
export function SlideView({ slide, answers, title, compareWith, onChange, idPrefix }: Props) {
  const live = (questionId: string, style: 'radios' | 'select') =>
    onChange ? (
      <LiveRating
        questionId={questionId}
        answers={answers}
        onChange={onChange}
        style={style}
        idPrefix={idPrefix}
      />
    ) : (
      <p>
        {findQuestion(questionId)?.shortName}:{' '}
        <strong>{answerLabel(questionId, answers[questionId]?.value)}</strong>
      </p>
    );
  switch (slide.kind) {
    case 'title':
      return (
        <div className="slide-body slide-title">
          <p className="kicker">{slide.kicker}</p>
          <h2>{slide.title}</h2>
          {slide.subtitle && <p className="subtitle">{slide.subtitle}</p>}
          <p className="small">{slide.method}</p>
        </div>
      );
    case 'question':
      return (
        <div className="slide-body">
          <h2>{slide.title}</h2>
          <blockquote className="big-quote">“{slide.quote}”</blockquote>
          <p className="cite">{slide.cite}</p>
          <blockquote>“{slide.thesis}”</blockquote>
          <p className="cite">{slide.thesisCite}</p>
        </div>
      );
    case 'coreFunctions':
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
    case 'prescreen':
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
    case 'condition':
      return (
        <div className="slide-body">
          <h2>{slide.title}</h2>
          <p>{slide.statement}</p>
          <blockquote>“{slide.seedWords}”</blockquote>
          <p className="cite">{citeLabel(slide.section)}</p>
          {live(slide.questionId, 'radios')}
          {slide.note && (
            <p className="small evidence">
              {presentationText.evidence}: {slide.note}
            </p>
          )}
        </div>
      );
    case 'obstacles':
    case 'tensions':
      return (
        <div className="slide-body">
          <h2>{slide.title}</h2>
          <div className="live-grid">
            {slide.questionIds.map((id) => (
              <div key={id}>{live(id, 'select')}</div>
            ))}
          </div>
        </div>
      );
    case 'verdict':
      return (
        <div className="slide-body slide-verdict">
          <h2>
            {slide.title}: <VerdictTag band={slide.band} provisional={slide.provisional} />
          </h2>
          <div className="slide-columns">
            <div className="slide-chart">
              <Suspense fallback={<p>Loading chart…</p>}>
                <ConditionsRadar
                  bare={{ width: 820, height: 700, fontSize: 26 }}
                  series={[{ key: 'proposal', name: title, answers }, ...exampleSeries([compareWith])]}
                />
              </Suspense>
            </div>
            <div>
              <p className="headline">{slide.headline}</p>
              <ul className="small">
                {slide.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
              <p className="small">{slide.design}</p>
            </div>
          </div>
        </div>
      );
    case 'regulatory':
      return (
        <div className="slide-body">
          <h2>{slide.title}</h2>
          {slide.duties.length === 0 ? (
            <p>{slide.none}</p>
          ) : (
            <ul className="small">
              {slide.duties
                .filter((d) => d.implication)
                .slice(0, 5)
                .map((d) => (
                  <li key={`${d.profile}-${d.name}`}>
                    <strong>{d.name}:</strong> {d.implication}
                  </li>
                ))}
            </ul>
          )}
          {slide.nextSteps.length > 0 && (
            <p className="small">Next steps: {slide.nextSteps.slice(0, 6).join('; ')}.</p>
          )}
        </div>
      );
    case 'openQuestions':
      return (
        <div className="slide-body">
          <h2>{slide.title}</h2>
          {slide.pivotal.length + slide.other.length === 0 ? (
            <p>{slide.none}</p>
          ) : (
            <div className="slide-columns">
              <section>
                <h3>Could move the verdict</h3>
                {slide.pivotal.length > 0 ? (
                  <ul className="small">
                    {slide.pivotal.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ul>
                ) : (
                  <p className="small">None of the unknowns could move the verdict.</p>
                )}
              </section>
              <section>
                <h3>Also not known</h3>
                {slide.other.length > 0 ? (
                  <ul className="small">
                    {slide.other.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ul>
                ) : (
                  <p className="small">Nothing else.</p>
                )}
              </section>
            </div>
          )}
        </div>
      );
    case 'change':
      return (
        <div className="slide-body">
          <h2>{slide.title}</h2>
          <div className="slide-columns">
            {(
              [
                [presentationText.change.up, slide.up],
                [presentationText.change.down, slide.down],
              ] as const
            ).map(([heading, items]) => (
              <section key={heading}>
                <h3>{heading}</h3>
                {items.length === 0 ? (
                  <p>{slide.none}</p>
                ) : (
                  <ul className="small">
                    {items.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </div>
        </div>
      );
  }
}
