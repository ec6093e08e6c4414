import type { ReactNode } from 'react';
import { TableScroll } from '@/components/table-scroll';

interface Props {
  id: string;
  title: string;
  description: string;
  chart: ReactNode;
  table: ReactNode;
  /** Only the chart, with the table kept for screen readers (for slides). */
  bare?: boolean;
}

/** A chart with its title, a sentence saying what it shows, and its data as a table (the text alternative). */
export function ChartFrame({ id, title, description, chart, table, bare }: Props) {
  if (bare) {
    return (
      <figure className="chart-bare" aria-label={title}>
        <div className="chart-area" role="img" aria-label={`${title}. ${description}`}>
          {chart}
        </div>
        <div className="visually-hidden">{table}</div>
      </figure>
    );
  }
  return (
    <figure className="chart-frame" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="muted" id={`${id}-description`}>
        {description}
      </p>
      <div
        className="chart-area"
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-description`}
      >
        {chart}
      </div>
      <details>
        <summary>Show the data as a table</summary>
        <TableScroll label={`${title}: the data as a table`}>{table}</TableScroll>
      </details>
    </figure>
  );
}
