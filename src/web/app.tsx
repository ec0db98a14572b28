/** @module The app shell: skip link, header with navigation and theme toggle, and the screen for the path. */
import { lazy, Suspense } from 'react';
import { Link } from './components/link.js';
import { IncidentPage } from './incident/incident-page.js';
import { IncidentsPage } from './incidents/incidents-page.js';
import { useLocation } from './lib/router.js';
import { useTheme } from './lib/theme.js';

// Screens past the first one load on demand, keeping the initial script small.
const ReviewPage = lazy(async () => ({
  default: (await import('./review/review-page.js')).ReviewPage,
}));
const MyActionItemsPage = lazy(async () => ({
  default: (await import('./action-items/my-action-items-page.js')).MyActionItemsPage,
}));
const LibraryPage = lazy(async () => ({
  default: (await import('./library/library-page.js')).LibraryPage,
}));
const InsightsPage = lazy(async () => ({
  default: (await import('./insights/insights-page.js')).InsightsPage,
}));
const ReviewDocument = lazy(async () => ({
  default: (await import('./library/review-document.js')).ReviewDocument,
}));

function Loading() {
  return (
    <main id="main" className="page">
      <p className="muted" aria-live="polite">
        Loading…
      </p>
    </main>
  );
}

function Screen({ pathname }: { pathname: string }) {
  const review = /^\/incidents\/([^/]+)\/review\/?$/.exec(pathname);
  if (review?.[1])
    return <ReviewPage key={review[1]} incidentKey={decodeURIComponent(review[1])} />;
  if (pathname === '/action-items' || pathname === '/action-items/') return <MyActionItemsPage />;
  if (pathname === '/library' || pathname === '/library/') return <LibraryPage />;
  if (pathname === '/insights' || pathname === '/insights/') return <InsightsPage />;
  const published = /^\/library\/([^/]+)\/?$/.exec(pathname);
  if (published?.[1])
    return <ReviewDocument key={published[1]} incidentKey={decodeURIComponent(published[1])} />;
  const incident = /^\/incidents\/([^/]+)\/?$/.exec(pathname);
  if (incident?.[1])
    return <IncidentPage key={incident[1]} incidentKey={decodeURIComponent(incident[1])} />;
  if (pathname === '/' || pathname === '/incidents' || pathname === '/incidents/')
    return <IncidentsPage />;
  return (
    <main id="main" className="page">
      <div className="empty-state">
        <h1>Nothing lives at this address</h1>
        <p>The link may be old or mistyped.</p>
        <Link href="/" className="button primary">
          Go to incidents
        </Link>
      </div>
    </main>
  );
}

export function App() {
  const { pathname } = useLocation();
  const { theme, toggleTheme } = useTheme();
  const onIncidents = pathname === '/' || pathname.startsWith('/incidents');
  const current = (active: boolean) => (active ? ('page' as const) : undefined);
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="app-header no-print">
        <Link href="/" className="brand" aria-label="Hindsight home">
          <span className="brand-mark" aria-hidden="true">
            H
          </span>
          Hindsight
        </Link>
        <nav aria-label="Main" className="main-nav">
          <Link href="/" aria-current={current(onIncidents)}>
            Incidents
          </Link>
          <Link href="/action-items" aria-current={current(pathname.startsWith('/action-items'))}>
            My action items
          </Link>
          <Link href="/library" aria-current={current(pathname.startsWith('/library'))}>
            Library
          </Link>
          <Link href="/insights" aria-current={current(pathname.startsWith('/insights'))}>
            Insights
          </Link>
        </nav>
        <button
          type="button"
          className="button subtle theme-toggle"
          onClick={toggleTheme}
          aria-label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
        >
          {theme === 'dark' ? '☀ Light' : '☾ Dark'}
        </button>
      </header>
      <Suspense fallback={<Loading />}>
        <Screen pathname={pathname} />
      </Suspense>
    </>
  );
}
