import type { ShownVerdictId } from '@/framework/verdict-bands';

/**
 * The verdict box's tint in the PDF and Word board papers: light enough that black text stays legible
 * when a board pack is printed in greyscale; the band's symbol and words always say it too.
 */
export const bandTint: Record<ShownVerdictId, string> = {
  strongFit: '#cfe8d5',
  conditionalFit: '#fbe7a8',
  weakFit: '#f7cdb4',
  notAFit: '#f3b9b9',
  undetermined: '#e3e3e3',
};
