import { answerFromForm } from '@/framework/answer-label';
import { directCareOptions, ledgerContents } from '@/framework/ledger-facts';
import { type ProposalFieldId, type Setting, settings } from '@/framework/proposal';
import { type SaveResult, useAssessmentsStore } from '@/store/assessments-store';
import { noteProblem, type PageValues, proposalFieldProblem, questionIdOf } from './page-form';

/** What to show beside a field the store refused; undefined when it was saved. */
const notSaved = (result: SaveResult) =>
  result.ok ? undefined : `Not saved: ${result.problems[0] ?? 'this change could not be kept'}`;

/** Only the choices the app offers reach the store, whatever the form holds. */
const chosenSettings = (chosen: unknown): Setting[] =>
  (Array.isArray(chosen) ? chosen : []).filter((v): v is Setting => settings.some((s) => s.value === v));

const chosenLedgerContents = (chosen: unknown) =>
  ledgerContents.map((c) => c.value).filter((v) => Array.isArray(chosen) && chosen.includes(v));

/**
 * Saves the one form field that changed (its react-hook-form name, such as `answers.condition__x.note`)
 * through the store's action for it. Returns why it was not saved, in the words shown beside the field:
 * a value past a limit never reaches the store, so a saved assessment is always readable.
 */
export function saveField(
  assessmentId: string,
  name: string,
  values: Partial<PageValues> | undefined,
): string | undefined {
  const store = useAssessmentsStore.getState();
  const [section, key, part] = name.split('.');
  if (section === 'proposal' && key === 'settings')
    return notSaved(store.setSettings(assessmentId, chosenSettings(values?.proposal?.settings)));
  if (section === 'proposal' && key === 'ledgerHolds')
    return notSaved(store.setLedgerHolds(assessmentId, chosenLedgerContents(values?.proposal?.ledgerHolds)));
  if (section === 'proposal' && key === 'directCare') {
    const answer = directCareOptions.find((o) => o.value === values?.proposal?.directCare)?.value;
    return notSaved(store.setDirectCare(assessmentId, answer));
  }
  if (section === 'proposal' && key) {
    const field = key as ProposalFieldId;
    const text = values?.proposal?.[field] ?? '';
    return proposalFieldProblem(field, text) ?? notSaved(store.setProposalField(assessmentId, field, text));
  }
  if (section === 'answers' && key) {
    const questionId = questionIdOf(key);
    const answer = values?.answers?.[key];
    const value = answerFromForm(questionId, answer?.value ?? '');
    if (part !== 'note') return notSaved(store.setAnswer(assessmentId, questionId, value));
    const note = answer?.note ?? '';
    return noteProblem(questionId, note) ?? notSaved(store.setAnswer(assessmentId, questionId, value, note));
  }
  return undefined;
}
