import { lazy, Suspense, useEffect } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { NotFoundPage } from '@/components/not-found-page';
import { AssessmentsPage } from '@/features/assessments/assessments-page';
import { syncAcrossTabs } from '@/store/assessments-store';
import { Layout } from './layout';

// Everything past the start page loads when first shown, so start-up does only what the start page needs.
const ExamplesPage = lazy(() =>
  import('@/features/examples/examples-page').then((m) => ({ default: m.ExamplesPage })),
);
const TaskListPage = lazy(() =>
  import('@/features/questionnaire/task-list-page').then((m) => ({ default: m.TaskListPage })),
);
const QuestionPage = lazy(() =>
  import('@/features/questionnaire/question-page').then((m) => ({ default: m.QuestionPage })),
);
const CheckAnswersPage = lazy(() =>
  import('@/features/questionnaire/check-answers-page').then((m) => ({ default: m.CheckAnswersPage })),
);
const StopPage = lazy(() =>
  import('@/features/questionnaire/stop-page').then((m) => ({ default: m.StopPage })),
);
const ExamplePage = lazy(() => import('./example-page').then((m) => ({ default: m.ExamplePage })));
const ComparePage = lazy(() =>
  import('@/features/compare/compare-page').then((m) => ({ default: m.ComparePage })),
);
const OpenSharedPage = lazy(() =>
  import('@/features/share/open-shared-page').then((m) => ({ default: m.OpenSharedPage })),
);
const PresenterPage = lazy(() =>
  import('@/features/present/presenter-page').then((m) => ({ default: m.PresenterPage })),
);
const AudiencePage = lazy(() =>
  import('@/features/present/audience-page').then((m) => ({ default: m.AudiencePage })),
);
const BacktestPage = lazy(() =>
  import('@/features/backtest/backtest-page').then((m) => ({ default: m.BacktestPage })),
);
const MethodPage = lazy(() =>
  import('@/features/method/method-page').then((m) => ({ default: m.MethodPage })),
);
const ResultRoute = lazy(() => import('./result-route').then((m) => ({ default: m.ResultRoute })));
const TeamPage = lazy(() => import('@/features/team/team-page').then((m) => ({ default: m.TeamPage })));
const JoinTeamPage = lazy(() =>
  import('@/features/team/join-team-page').then((m) => ({ default: m.JoinTeamPage })),
);
const TeamPresence = lazy(() =>
  import('@/features/team/team-presence').then((m) => ({ default: m.TeamPresence })),
);

/** Team editing loads only in a browser that takes part in one (it brings Yjs and the relay client). */
const inATeam = () => {
  try {
    return Object.keys(localStorage).some((k) => k.startsWith('ledger-fit:team:'));
  } catch {
    return false;
  }
};

function Loading() {
  return <p role="status">Loading…</p>;
}

export function App() {
  useEffect(() => syncAcrossTabs(), []);
  return (
    <Suspense fallback={<Loading />}>
      <Switch>
        <Route path="/present/:kind/:id/:slide?">
          {(p) => <PresenterPage kind={p.kind} id={p.id} slide={p.slide} />}
        </Route>
        <Route path="/audience/:kind/:id/:slide?">
          {(p) => <AudiencePage kind={p.kind} id={p.id} slide={p.slide} />}
        </Route>
        <Route>
          <SiteRoutes />
        </Route>
      </Switch>
    </Suspense>
  );
}

/** Re-checked on every navigation: a team may have been started or joined since the last page. */
function TeamPresenceSlot() {
  useLocation();
  return inATeam() ? (
    <Suspense fallback={null}>
      <TeamPresence />
    </Suspense>
  ) : null;
}

/** Every page inside the site's layout (header, navigation, footer). */
function SiteRoutes() {
  return (
    <Layout>
      <TeamPresenceSlot />
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path="/" component={AssessmentsPage} />
          <Route path="/examples" component={ExamplesPage} />
          <Route path="/examples/:id">{(p) => <ExamplePage id={p.id} />}</Route>
          <Route path="/method" component={MethodPage} />
          <Route path="/backtest" component={BacktestPage} />
          <Route path="/compare" component={ComparePage} />
          <Route path="/open" component={OpenSharedPage} />
          <Route path="/assessments/:id">{(p) => <TaskListPage id={p.id} />}</Route>
          <Route path="/assessments/:id/pages/:pageId">
            {(p) => <QuestionPage id={p.id} pageId={p.pageId} />}
          </Route>
          <Route path="/assessments/:id/check">{(p) => <CheckAnswersPage id={p.id} />}</Route>
          <Route path="/assessments/:id/stopped">{(p) => <StopPage id={p.id} />}</Route>
          <Route path="/assessments/:id/result">{(p) => <ResultRoute id={p.id} />}</Route>
          <Route path="/assessments/:id/team">{(p) => <TeamPage id={p.id} />}</Route>
          <Route path="/team" component={JoinTeamPage} />
          <Route>
            <NotFoundPage />
          </Route>
        </Switch>
      </Suspense>
    </Layout>
  );
}
