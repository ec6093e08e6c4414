import { answerLabel } from '@/framework/answer-label';
import { directCareLabel, ledgerContentLabel } from '@/framework/ledger-facts';
import { settingLabel } from '@/framework/proposal';
import { findQuestion } from '@/framework/questions';
import { recordFieldName } from '@/schema/record-labels';
import type { HistoryEntry, SignOffRole } from '@/schema/team-record';
import { roleLabels } from '@/team/signing';

type Value = HistoryEntry['to'];

const isEmpty = (v: Value) => v === null || v === undefined || v === '';
const questionName = (id: string) => findQuestion(id)?.shortName ?? id;

/** A proposal value in the reader's words: lists are stored joined with ", ". */
function proposalValue(field: string, v: Value): string {
  if (isEmpty(v)) return 'nothing';
  const each = (label: (value: string) => string) => String(v).split(', ').map(label).join(', ');
  if (field === 'settings') return each(settingLabel);
  if (field === 'ledgerHolds') return each(ledgerContentLabel);
  if (field === 'directCare') return directCareLabel(String(v));
  return `“${String(v)}”`;
}

/** One change of a team's history as a reviewer reads it: names and answers in words, never stored ids. */
export function describeChange(e: HistoryEntry): string {
  switch (e.kind) {
    case 'answer': {
      const label = (v: Value) => (isEmpty(v) ? 'Not answered' : answerLabel(e.target, v as string | number));
      return `${questionName(e.target)}: ${label(e.from)} → ${label(e.to)}`;
    }
    case 'note':
      return isEmpty(e.to)
        ? `Note on ${questionName(e.target)} removed`
        : `Note on ${questionName(e.target)}: “${String(e.to)}”`;
    case 'proposal':
      return `${recordFieldName(['proposal', e.target])}: ${proposalValue(e.target, e.from)} → ${proposalValue(e.target, e.to)}`;
    case 'hazard': {
      const [hazard = '', field = ''] = e.target.split('.');
      return `${recordFieldName(['hazardLog', hazard, field])}: ${isEmpty(e.to) ? 'cleared' : `“${String(e.to)}”`}`;
    }
    case 'signature':
      return `Signed as ${roleLabels[e.target as SignOffRole] ?? e.target} (content ${String(e.to ?? '')}…)`;
    case 'checkpoint':
      return `Checkpoint of ${Object.keys(e.heads ?? {}).length} people’s histories`;
    default:
      return `${e.target}: ${isEmpty(e.to) ? 'nothing' : String(e.to)}`;
  }
}
