/** What the assessments list and a shared link show of an assessment's verdict. */
export { shownVerdictOf as verdictBandOf } from '@/engine/shown-verdict';
