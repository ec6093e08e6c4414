import { Link } from 'wouter';
import type { CitedAnswer } from '@/report/build-report';

/** The answers a reason rests on, each linking to the page where it can be changed (when editable). */
export function AnswerLinks({
  answers,
  changeBase,
}: {
  answers: readonly CitedAnswer[];
  changeBase?: string;
}) {
  return (
    <span className="answer-links">
      Based on:{' '}
      {answers.map((a, i) => (
        <span key={a.questionId}>
          {i > 0 && '; '}
          {changeBase ? (
            <Link href={`${changeBase}/pages/${a.pageId}?return=check`}>
              {a.shortName}: {a.answer}
            </Link>
          ) : (
            <>
              {a.shortName}: <strong>{a.answer}</strong>
            </>
          )}
        </span>
      ))}
    </span>
  );
}
