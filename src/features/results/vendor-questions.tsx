import type { ReportVendorQuestion } from '@/report/build-report';

/** What to ask the vendor, each tied to the answer that raised it, with the evidence to ask for. */
export function VendorQuestions({ questions }: { questions: readonly ReportVendorQuestion[] }) {
  if (questions.length === 0) return null;
  return (
    <section aria-labelledby="vendor-heading">
      <h2 id="vendor-heading">Questions for the vendor</h2>
      <p>Ask these before deciding; each comes from an answer above.</p>
      <ol className="vendor-questions">
        {questions.map((q) => (
          <li key={q.about.questionId}>
            <p>
              <strong>{q.ask}</strong>
            </p>
            <p>
              <span className="muted">Ask for:</span> {q.evidence}
            </p>
            <p className="muted">
              Because: {q.about.shortName} is “{q.about.answer}”. {q.why} Source: {q.source}.
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
