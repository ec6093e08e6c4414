import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { StorageBanner } from './storage-banner';
import { UpdateBanner } from './update-banner';

const nav = [
  { href: '/', label: 'My assessments' },
  { href: '/examples', label: 'Worked examples' },
  { href: '/compare', label: 'Compare' },
  { href: '/method', label: 'How it works' },
  { href: '/backtest', label: 'Backtest' },
];

export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const isCurrent = (href: string) => (href === '/' ? location === '/' : location.startsWith(href));
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="width-container header-inner">
          <Link href="/" className="brand">
            <img src="/favicon.svg" alt="" width="28" height="28" />
            Ledger Fit
          </Link>
          <nav aria-label="Main">
            <ul>
              {nav.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} aria-current={isCurrent(item.href) ? 'page' : undefined}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <div className="width-container">
        <StorageBanner />
        <UpdateBanner />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="site-footer">
        <div className="width-container">
          <p>
            Everything you enter stays in this browser: Ledger Fit makes no network requests. Method after K.
            Yeung, “Blockchain for Healthcare: Promises, Challenges and Prospects” (2019).
          </p>
        </div>
      </footer>
    </>
  );
}
