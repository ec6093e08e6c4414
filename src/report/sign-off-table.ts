import type { BoardPaper, PaperBlock } from './board-paper';

/** The sign-off of a team assessment as the board paper prints it; checked before (signatures need WebCrypto). */
export interface PaperSignOff {
  readonly reviewer?: string;
  readonly version?: string;
  readonly rows: readonly {
    readonly role: string;
    readonly name: string;
    readonly time: string;
    readonly fingerprint: string;
    readonly status: string;
  }[];
}

const utc = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

/**
 * Fills the summary's sign-off table from the team record: reviewer and version in their cells, and a
 * table of signatures after it, each "verified" or "changed after signing" (checked against the content
 * the board reads). A paper without a team record is returned unchanged.
 */
export function withSignOff(paper: BoardPaper, signOff: PaperSignOff | undefined): BoardPaper {
  if (!signOff || (!signOff.reviewer && !signOff.version && signOff.rows.length === 0)) return paper;
  const summary = paper.summary.flatMap((block): PaperBlock[] => {
    if (block.kind !== 'table' || block.caption !== 'Sign-off') return [block];
    const filled = block.rows.map((row, i) =>
      i === 0
        ? row.map((cell, c) =>
            block.columns[c] === 'Reviewer' && signOff.reviewer
              ? signOff.reviewer
              : block.columns[c] === 'Version' && signOff.version
                ? signOff.version
                : cell,
          )
        : row,
    );
    const signatures: PaperBlock[] =
      signOff.rows.length === 0
        ? []
        : [
            {
              kind: 'table',
              caption: 'Signatures',
              columns: ['Role', 'Name', 'Signed (UTC)', 'Key fingerprint', 'Check'],
              widths: [0.2, 0.2, 0.17, 0.23, 0.2],
              rows: signOff.rows.map((r) => [r.role, r.name, utc(r.time), r.fingerprint, r.status]),
            },
          ];
    return [{ ...block, rows: filled }, ...signatures];
  });
  return { ...paper, summary };
}
