import { TableScroll } from '@/components/table-scroll';
import { answerLabel } from '@/framework/answer-label';
import { findQuestion } from '@/framework/questions';
import type { Contribution } from '@/report/result-types';
import type { Answers } from '@/schema/assessment-schema';

interface Props {
  caption: string;
  contributions: readonly Contribution[];
  /** Absent when nothing the score counts is known. */
  total: number | undefined;
  answers: Answers;
}

/** One score's make-up: each answer's weight and the points it adds. */
export function ScoresTable({ caption, contributions, total, answers }: Props) {
  return (
    <TableScroll label={caption}>
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Answer</th>
            <th scope="col">Weight</th>
            <th scope="col">Points</th>
          </tr>
        </thead>
        <tbody>
          {contributions.map((c) => (
            <tr key={c.questionId}>
              <th scope="row">{findQuestion(c.questionId)?.shortName}</th>
              <td>
                {answerLabel(c.questionId, answers[c.questionId]?.value)}
                {c.value === undefined && ' (not counted)'}
              </td>
              <td>{c.weight}</td>
              <td>{c.points.toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              Score out of 100
            </th>
            <td>
              <strong>{total ?? 'Not scored'}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
