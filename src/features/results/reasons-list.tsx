import type { ReportReason } from '@/report/build-report';
import { AnswerLinks } from './answer-links';

const groups: { title: string; holds: (r: ReportReason) => boolean }[] = [
  { title: 'What decided the verdict', holds: (r) => r.decisive },
  { title: 'Also limiting it', holds: (r) => !r.decisive && ['gate', 'cap', 'tension'].includes(r.kind) },
  { title: 'In its favour', holds: (r) => !r.decisive && r.kind === 'strength' },
  { title: 'Against it', holds: (r) => !r.decisive && (r.kind === 'weakness' || r.kind === 'risk') },
  { title: 'Still open', holds: (r) => r.kind === 'uncertainty' },
];

export function ReasonsList({
  reasons,
  changeBase,
}: {
  reasons: readonly ReportReason[];
  changeBase?: string;
}) {
  return (
    <>
      {groups.map((group) => {
        const items = reasons.filter(group.holds);
        if (items.length === 0) return null;
        return (
          <section key={group.title} aria-label={group.title}>
            <h3>{group.title}</h3>
            <ul className="reasons">
              {items.map((r) => (
                <li key={r.id} className={`reason reason-${r.kind}`}>
                  <p>{r.text}</p>
                  <AnswerLinks answers={r.answers} changeBase={changeBase} />
                  {/* The notes behind a reason resting on a few answers; the score reason cites them all. */}
                  {r.answers
                    .filter((a) => a.note && r.answers.length <= 3)
                    .map((a) => (
                      <p key={a.questionId} className="evidence-note">
                        <span className="muted">Your evidence ({a.shortName}):</span> {a.note}
                      </p>
                    ))}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
