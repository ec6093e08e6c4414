import { lazy, Suspense } from 'react';
import { VerdictTag } from '@/components/verdict-tag';
import { exampleSeries } from '@/report/example-series';
import type { Slide } from '@/report/slides';
import type { Answers } from '@/schema/assessment-schema';

const ConditionsRadar = lazy(() =>
  import('@/components/charts/conditions-radar').then((m) => ({ default: m.ConditionsRadar })),
);

interface Props {
  slide: Extract<Slide, { kind: 'verdict' }>;
  answers: Answers;
  title: string;
  compareWith: string;
}

export function VerdictSlide({ slide, answers, title, compareWith }: Props) {
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
          <p className="small">
            <strong>{slide.recommendation}</strong>
          </p>
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
}
