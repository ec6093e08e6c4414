import type { ShownVerdictId } from '@/framework/verdict-bands';

interface RecommendationInputs {
  readonly band: ShownVerdictId;
  readonly provisional: boolean;
  readonly architecture: {
    readonly kind: 'fits' | 'alternative';
    readonly alreadyHasDesign: boolean;
    readonly title: string;
  };
}

const lower = (title: string) => title.charAt(0).toLowerCase() + title.slice(1);

/**
 * The recommendation a board paper leads with, in one sentence. It says no more than the band does:
 * a conditional fit is a pilot on conditions, never a go-ahead, and too little evidence is never a "no".
 */
export function recommendation({ band, provisional, architecture }: RecommendationInputs): string {
  const design = lower(architecture.title);
  const sentence = (() => {
    switch (band) {
      case 'undetermined':
        return 'Do not decide yet: find out the answers listed as needed first, then assess again.';
      case 'notAFit':
        return architecture.alreadyHasDesign
          ? `Do not adopt a distributed ledger for this; keep the design it already has (${design}).`
          : `Do not adopt a distributed ledger for this; use ${design} instead.`;
      case 'weakFit':
        return architecture.alreadyHasDesign
          ? `Do not proceed with a distributed ledger as proposed; keep the design it already has (${design}) unless the gaps named with this verdict are closed.`
          : `Do not proceed with a distributed ledger as proposed; pursue ${design} instead unless the gaps named with this verdict are closed.`;
      case 'conditionalFit':
        return `Proceed no further than a pilot of ${design}, and only once the gaps, risks and next steps named with this verdict are dealt with.`;
      case 'strongFit':
        return `Proceed to a detailed design of ${design}, with the next steps named with this verdict done and the vendor's answers in hand before any contract.`;
    }
  })();
  return provisional && band !== 'undetermined'
    ? `${sentence} (Provisional: some questions are not yet answered.)`
    : sentence;
}
