/** The page itself, loaded by main.tsx beside its language's catalogue. */
import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nRoot, startLocale } from './i18n/I18nRoot.js';
import { Landing } from './Landing.js';
import type { PageKind } from './page.js';
import { ParticipantApp } from './participant/ParticipantApp.js';

const FacilitatorApp = lazy(() => import('./facilitator/FacilitatorApp.js'));
const ProjectorApp = lazy(() => import('./projector/ProjectorApp.js'));

function App({ page }: { page: PageKind }) {
  switch (page.section) {
    case 'join':
      return <ParticipantApp initialCode={page.code} />;
    case 'facilitate':
      return <FacilitatorApp />;
    case 'projector':
      return <ProjectorApp joinCode={page.code} />;
    default:
      return <Landing />;
  }
}

export function renderPage(page: PageKind): void {
  startLocale(page.scope);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nRoot parts={page.parts}>
        <Suspense fallback={<p className="loading">…</p>}>
          <App page={page} />
        </Suspense>
      </I18nRoot>
    </StrictMode>,
  );
}
