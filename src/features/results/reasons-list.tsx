import type { ReportReason } from '@/report/build-report';
import type { ReasonKind } from '@/report/result-types';
import { AnswerLinks } from './answer-links';

const groups: { title: string; kinds: ReasonKind[] }[] = [
  { title: 'What decides the verdict', kinds: ['gate', 'cap', 'tension'] },
  { title: 'In its favour', kinds: ['strength'] },
  { title: 'Against it', kinds: ['weakness', 'risk'] },
  { title: 'Still open', kinds: ['uncertainty'] },
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
        const items = reasons.filter((r) => group.kinds.includes(r.kind));
        if (items.length === 0) return null;
        return (
          <section key={group.title} aria-label={group.title}>
            <h3>{group.title}</h3>
            <ul className="reasons">
              {items.map((r) => (
                <li key={r.id} className={`reason reason-${r.kind}`}>
                  <p>{r.text}</p>
                  <AnswerLinks answers={r.answers} changeBase={changeBase} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
