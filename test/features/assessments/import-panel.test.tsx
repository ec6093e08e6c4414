import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { workedExamples } from '../../../src/framework/examples';
import { exampleToAssessment } from '../../../src/schema/example-assessment';
import { exportFileText } from '../../../src/schema/export-file';
import { useAssessmentsStore } from '../../../src/store/assessments-store';
import { renderAt } from '../../render-route';

const ehr = exampleToAssessment(workedExamples[0]!);
const fileOf = (text: string, name = 'import.json') => new File([text], name, { type: 'application/json' });

beforeEach(() => useAssessmentsStore.setState({ assessments: {}, lastPage: {} }));

describe('importing on the start page', () => {
  it('lists what is wrong with a bad file and changes nothing', async () => {
    const mine = useAssessmentsStore.getState().createAssessment('Mine');
    const before = structuredClone(useAssessmentsStore.getState().assessments);
    const { user } = renderAt('/');
    await user.upload(
      screen.getByLabelText('Choose a Ledger Fit file (.json)'),
      fileOf('{"format":"ledger-fit","schemaVersion":1,"assessments":[{"id":"x"}]}', 'bad.json'),
    );
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'bad.json could not be imported' }),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent(
      'file.assessments.0.proposal: Invalid input: expected object, received undefined',
    );
    expect(useAssessmentsStore.getState().assessments).toEqual(before);
    expect(useAssessmentsStore.getState().assessments[mine]).toBeDefined();
  });

  it('imports new assessments at once', async () => {
    const { user } = renderAt('/');
    await user.upload(
      screen.getByLabelText('Choose a Ledger Fit file (.json)'),
      fileOf(exportFileText([ehr])),
    );
    expect(await screen.findByText(/Imported 1 assessment\./)).toBeInTheDocument();
    expect(useAssessmentsStore.getState().assessments[ehr.id]).toEqual(ehr);
  });

  it('asks about an id already saved: replace, then undo restores the original', async () => {
    useAssessmentsStore
      .getState()
      .putAssessments([{ ...ehr, proposal: { ...ehr.proposal, title: 'My edited EHR' } }]);
    const { user } = renderAt('/');
    await user.upload(
      screen.getByLabelText('Choose a Ledger Fit file (.json)'),
      fileOf(exportFileText([ehr])),
    );
    const group = await screen.findByRole('group', { name: '“My edited EHR” is already saved' });
    await user.click(within(group).getByRole('radio', { name: /Replace the saved one/ }));
    await user.click(screen.getByRole('button', { name: 'Finish the import' }));
    expect(useAssessmentsStore.getState().assessments[ehr.id]?.proposal.title).toBe(ehr.proposal.title);
    await user.click(screen.getByRole('button', { name: 'Undo the import' }));
    expect(useAssessmentsStore.getState().assessments[ehr.id]?.proposal.title).toBe('My edited EHR');
  });

  it('imports a conflicting assessment as a copy by default, keeping both', async () => {
    useAssessmentsStore.getState().putAssessments([ehr]);
    const { user } = renderAt('/');
    await user.upload(
      screen.getByLabelText('Choose a Ledger Fit file (.json)'),
      fileOf(exportFileText([ehr])),
    );
    await user.click(await screen.findByRole('button', { name: 'Finish the import' }));
    const titles = Object.values(useAssessmentsStore.getState().assessments).map((a) => a.proposal.title);
    expect(titles.sort()).toEqual([ehr.proposal.title, `${ehr.proposal.title} (imported copy)`]);
  });

  it('imports a file dropped on the import area', async () => {
    renderAt('/');
    const area = screen.getByRole('region', { name: 'Import assessments' });
    fireEvent.drop(area, { dataTransfer: { files: [fileOf(exportFileText([ehr]))] } });
    expect(await screen.findByText(/Imported 1 assessment\./)).toBeInTheDocument();
    expect(useAssessmentsStore.getState().assessments[ehr.id]).toEqual(ehr);
  });
});
