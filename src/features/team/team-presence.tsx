import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { useTeamActivity } from '@/store/team-activity-store';
import { pageName } from './people-here';
import { readBinding } from './team-binding';
import { sessionFor } from './team-session';

const assessmentPath = /^\/assessments\/([^/]+)\/?(.*)$/;

/**
 * On any page of a team assessment: keeps its session running, tells colleagues which page this person is
 * on, and says who else is here.
 */
export function TeamPresence() {
  const [location] = useLocation();
  const match = assessmentPath.exec(location);
  const id = match?.[1];
  const page = match?.[2] ?? '';
  const bound = id ? readBinding(id) !== undefined : false;
  useEffect(() => {
    if (!id || !bound) return;
    void sessionFor(id)?.then((s) => s.setPage(page));
  }, [id, page, bound]);
  const others = useTeamActivity((s) => (id ? s.presence[id] : undefined))?.filter((p) => !p.self) ?? [];
  if (!id || !bound || others.length === 0) return null;
  return (
    <p className="team-presence" role="status">
      Also here: {others.map((p) => `${p.name} (${pageName(p.page)})`).join(', ')}
    </p>
  );
}
