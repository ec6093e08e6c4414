import { type ShownVerdictId, shownVerdict } from '@/framework/verdict-bands';

/** The verdict band as a tag: colour plus words and a symbol, never colour alone. */
export function VerdictTag({ band, provisional }: { band: ShownVerdictId; provisional?: boolean }) {
  const { label, symbol } = shownVerdict(band);
  return (
    <strong className={`tag tag-${band}`}>
      <span aria-hidden="true">{symbol} </span>
      {label}
      {provisional ? ' (provisional)' : ''}
    </strong>
  );
}
