import { useEffect } from 'react';
import { Route, Switch } from 'wouter';
import { AssessmentsPage } from '../features/assessments/assessments-page';
import { ExamplesPage } from '../features/examples/examples-page';
import { syncAcrossTabs } from '../store/assessments-store';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';

export function App() {
  useEffect(() => syncAcrossTabs(), []);
  return (
    <Layout>
      <Switch>
        <Route path="/" component={AssessmentsPage} />
        <Route path="/examples" component={ExamplesPage} />
        <Route>
          <NotFoundPage />
        </Route>
      </Switch>
    </Layout>
  );
}
