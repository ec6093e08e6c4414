import { TableScroll } from '@/components/table-scroll';
import { answerLabel } from '@/framework/answer-label';
import { sourceLabel, type WorkedExample } from '@/framework/examples/worked-example';
import { citeLabel } from '@/framework/guidance';
import { pageGroups, questionnairePages } from '@/framework/pages';
import { findQuestion } from '@/framework/questions';

/** A worked example's answers, each with its rationale, source and (where the seed speaks) its words. */
export function ExampleAnswers({ example }: { example: WorkedExample }) {
  return (
    <>
      {pageGroups.map((group) => {
        const ids = questionnairePages.filter((p) => p.group === group.id).flatMap((p) => p.questionIds);
        return (
          <TableScroll label={`${group.title} (table)`} key={group.id}>
            <table className="table responsive">
              <caption>{group.title}</caption>
              <thead>
                <tr>
                  <th scope="col">Question</th>
                  <th scope="col">Answer</th>
                  <th scope="col">Why</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {ids.map((id) => {
                  const answer = example.answers[id];
                  const question = findQuestion(id);
                  if (!answer || !question) return null;
                  return (
                    <tr key={id}>
                      <th scope="row">{question.shortName}</th>
                      <td>{answerLabel(id, answer.value)}</td>
                      <td>
                        {answer.rationale}
                        {answer.source !== 'illustrative' && question.cite.quote && (
                          <blockquote>
                            “{question.cite.quote}” ({citeLabel(question.cite.section)})
                          </blockquote>
                        )}
                      </td>
                      <td>{sourceLabel(answer.source)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        );
      })}
    </>
  );
}
