import { findPage } from '@/framework/pages';
import type { Person } from '@/store/team-activity-store';

/** A presence page is the part of the address after the assessment: "pages/<id>", "check", "team"… */
export function pageName(page: string): string {
  const [section, id] = page.split('/');
  if (section === 'pages' && id) return findPage(id)?.title ?? 'a question page';
  if (section === 'check') return 'Check your answers';
  if (section === 'result') return 'Result';
  if (section === 'team') return 'Team';
  return 'Task list';
}

export function PeopleHere({ people }: { people: readonly Person[] }) {
  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">Who is here</h2>
      {people.length === 0 ? (
        <p>No one else is connected.</p>
      ) : (
        <ul>
          {people.map((p, i) => (
            // Two people may give the same name: the position keeps the list stable between updates.
            // biome-ignore lint/suspicious/noArrayIndexKey: presence has no stable id to show
            <li key={i}>
              {p.name}
              {p.self ? ' (you)' : ''}: {pageName(p.page)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
