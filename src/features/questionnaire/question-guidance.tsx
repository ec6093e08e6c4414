import { citeLabel, guidanceFor } from '@/framework/guidance';
import type { Setting } from '@/framework/proposal';

/** The help disclosure under a question: what "met" looks like, examples, and Yeung's own words. */
export function QuestionGuidance({
  questionId,
  settings = [],
}: {
  questionId: string;
  settings?: readonly Setting[];
}) {
  const g = guidanceFor(questionId, settings);
  if (!g) return null;
  return (
    <details>
      <summary>Help with this question</summary>
      <div>
        {g.statement && <p>{g.statement}</p>}
        {g.explanation && <p>{g.explanation}</p>}
        {g.examples && g.examples.length > 0 && (
          <ul>
            {g.examples.map((e) => (
              <li key={e.setting}>
                <strong>{e.label}:</strong> {e.text}
              </li>
            ))}
          </ul>
        )}
        {g.whatMetLooksLike && (
          <p>
            <strong>What “met” looks like:</strong> {g.whatMetLooksLike}
          </p>
        )}
        {g.help && <p>{g.help}</p>}
        {g.aspects && (
          <>
            <p>Think through:</p>
            <ul>
              {g.aspects.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          </>
        )}
        {g.prompt && (
          <p>
            <strong>To discuss:</strong> {g.prompt}
          </p>
        )}
        {g.seedWords && (
          <figure>
            <blockquote>“{g.seedWords}”</blockquote>
            <figcaption className="muted">{citeLabel(g.section)}</figcaption>
          </figure>
        )}
        {!g.seedWords && <p className="muted">Source: {citeLabel(g.section)}</p>}
      </div>
    </details>
  );
}
