import { Link } from 'wouter';
import { PageHeading } from '@/components/page-heading';

export function NotFoundPage({ what = 'Page' }: { what?: string }) {
  return (
    <>
      <PageHeading title={`${what} not found`}>{what} not found</PageHeading>
      <p>
        It may have been deleted, or the address may be mistyped. <Link href="/">Go to my assessments</Link>.
      </p>
    </>
  );
}
