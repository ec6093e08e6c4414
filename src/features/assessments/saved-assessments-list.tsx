import { useEffect, useRef } from 'react';
import { useLocation, useSearchParams } from 'wouter';
import type { Assessment } from '@/schema/assessment-schema';
import type { SaveResult } from '@/store/assessments-store';
import { AssessmentRow } from './assessment-row';
import { assessmentsPerPage, pageOfList } from './list-pages';
import { ListPagination } from './list-pagination';

interface Props {
  /** Every saved assessment, newest first. */
  list: readonly Assessment[];
  onRename: (id: string, title: string) => SaveResult;
  onDuplicate: (id: string) => void;
  onDelete: (id: string) => void;
}

const hrefOf = (page: number) => (page > 1 ? `/?page=${page}` : '/');

/** The saved assessments as a table, a page at a time (the page is in the address, so a reload keeps it). */
export function SavedAssessmentsList({ list, onRename, onDuplicate, onDelete }: Props) {
  const [search] = useSearchParams();
  const [, navigate] = useLocation();
  const { items, page, pageCount, first, last } = pageOfList(list, search.get('page'));
  const paged = list.length > assessmentsPerPage;

  // A new page of the list: focus moves to the line that says which rows are shown, so keyboard and
  // screen-reader users start at the top of the rows, never on a link that has just gone.
  const range = useRef<HTMLParagraphElement>(null);
  const pageShown = useRef(page);
  useEffect(() => {
    if (page === pageShown.current) return;
    pageShown.current = page;
    range.current?.focus();
  }, [page]);

  // A renamed or duplicated assessment becomes the most recently changed: it is at the top of page 1.
  const toTop = () => {
    if (page > 1) navigate(hrefOf(1));
  };

  return (
    <>
      {paged && (
        <p className="list-range" ref={range} tabIndex={-1}>
          Showing {first} to {last} of {list.length} assessments
        </p>
      )}
      <table className="table responsive">
        <caption className="visually-hidden">
          Your saved assessments{paged ? `, page ${page} of ${pageCount}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Proposal</th>
            <th scope="col">Last changed</th>
            <th scope="col">Progress</th>
            <th scope="col">Verdict</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <AssessmentRow
              key={a.id}
              assessment={a}
              onRename={(title) => {
                if (onRename(a.id, title).ok) toTop();
              }}
              onDuplicate={() => {
                onDuplicate(a.id);
                toTop();
              }}
              onDelete={() => onDelete(a.id)}
            />
          ))}
        </tbody>
      </table>
      {paged && <ListPagination page={page} pageCount={pageCount} hrefOf={hrefOf} />}
    </>
  );
}
