import { Link } from 'wouter';
import { pageLinks } from './list-pages';

interface Props {
  page: number;
  pageCount: number;
  /** The address of a page of the list. */
  hrefOf: (page: number) => string;
}

/** GOV.UK pagination: Previous, the page numbers (the current one marked) and Next. */
export function ListPagination({ page, pageCount, hrefOf }: Props) {
  return (
    <nav className="pagination" aria-label="Pages of saved assessments">
      <ul>
        {page > 1 && (
          <li>
            <Link href={hrefOf(page - 1)} rel="prev">
              Previous<span className="visually-hidden"> page</span>
            </Link>
          </li>
        )}
        {pageLinks(page, pageCount).map((n, i, all) =>
          n === 'gap' ? (
            <li key={`gap-after-${all[i - 1]}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              <Link href={hrefOf(n)} aria-current={n === page ? 'page' : undefined} aria-label={`Page ${n}`}>
                {n}
              </Link>
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link href={hrefOf(page + 1)} rel="next">
              Next<span className="visually-hidden"> page</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
