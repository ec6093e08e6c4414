import { TableScroll } from '@/components/table-scroll';
import { kappaText, share } from '@/report/backtest-markdown';
import { percent } from '@/report/backtest-stats';
import type { EncodingAgreement } from '@/report/encoding-agreement';

/** Agreement between two independent encodings of the original cases: kappa per question and every difference. */
export function EncodingSection({ agreement }: { agreement: EncodingAgreement }) {
  const sameBand = agreement.comparisons.filter((c) => c.firstBand === c.secondBand).length;
  const first = agreement.fitFirst.find((s) => s.id === 'method');
  const second = agreement.fitSecond.find((s) => s.id === 'method');
  return (
    <>
      <h2>Encoding reliability: a second, independent encoding</h2>
      <p>
        Another reader encoded the original {agreement.cases} cases from the public record without seeing
        these answers. Agreement is Cohen’s kappa for each question over the {agreement.cases} cases (“Don’t
        know” counts as an answer; 0 is chance, 1 identical). All answers pooled: agreement{' '}
        {percent(agreement.pooled.observed)}, kappa {kappaText(agreement.pooled)}; where both gave an answer
        other than “Don’t know”, agreement {percent(agreement.pooledBothAnswered.observed)}, kappa{' '}
        {kappaText(agreement.pooledBothAnswered)}. The band is the same in {sameBand} of {agreement.cases}{' '}
        cases (kappa {kappaText(agreement.bands)}). Measure (a) on these cases: {first ? share(first) : '—'}{' '}
        from the first encoding, {second ? share(second) : '—'} from the second.
      </p>
      <TableScroll label="Agreement between the two encodings, question by question (table)">
        <table className="table">
          <caption>Agreement between the two encodings, question by question</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Cases</th>
              <th scope="col">Agreement</th>
              <th scope="col">Kappa</th>
              <th scope="col">Both answered</th>
              <th scope="col">Agreement there</th>
              <th scope="col">Kappa there</th>
            </tr>
          </thead>
          <tbody>
            {agreement.perQuestion.map((q) => (
              <tr key={q.questionId}>
                <th scope="row">{q.shortName}</th>
                <td>{q.n}</td>
                <td>{percent(q.observed)}</td>
                <td>{kappaText(q)}</td>
                <td>{q.bothAnswered.n}</td>
                <td>{q.bothAnswered.n ? percent(q.bothAnswered.observed) : '—'}</td>
                <td>{kappaText(q.bothAnswered)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <details>
        <summary>
          Every disagreement ({agreement.disagreements.length}) and the band from each encoding
        </summary>
        <TableScroll label="The band from each encoding (table)">
          <table className="table">
            <caption>The band from each encoding</caption>
            <thead>
              <tr>
                <th scope="col">Case</th>
                <th scope="col">First encoding</th>
                <th scope="col">Second encoding</th>
              </tr>
            </thead>
            <tbody>
              {agreement.comparisons.map((c) => (
                <tr key={c.caseId}>
                  <th scope="row">{c.title}</th>
                  <td>{c.firstBandLabel}</td>
                  <td>{c.secondBandLabel}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <TableScroll label="Answers the two encodings differ on (table)">
          <table className="table">
            <caption>Answers the two encodings differ on</caption>
            <thead>
              <tr>
                <th scope="col">Case</th>
                <th scope="col">Question</th>
                <th scope="col">First</th>
                <th scope="col">Second</th>
                <th scope="col">The second encoder’s reason</th>
              </tr>
            </thead>
            <tbody>
              {agreement.disagreements.map((d) => (
                <tr key={`${d.caseId}-${d.questionId}`}>
                  <th scope="row">{d.caseTitle}</th>
                  <td>{d.shortName}</td>
                  <td>{d.first}</td>
                  <td>{d.second}</td>
                  <td>{d.secondRationale}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </>
  );
}
