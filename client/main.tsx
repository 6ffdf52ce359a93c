import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nRoot, startLocale } from './i18n/I18nRoot.js';
import type { CataloguePart } from './i18n/load.js';
import { Landing } from './Landing.js';
import { ParticipantApp } from './participant/ParticipantApp.js';
import './styles.css';

const FacilitatorApp = lazy(() => import('./facilitator/FacilitatorApp.js'));
const ProjectorApp = lazy(() => import('./projector/ProjectorApp.js'));

const [, section, code] = window.location.pathname.split('/');

function App() {
  switch (section) {
    case 'join':
      return <ParticipantApp initialCode={code ?? ''} />;
    case 'facilitate':
      return <FacilitatorApp />;
    case 'projector':
      return <ProjectorApp joinCode={code ?? ''} />;
    default:
      return <Landing />;
  }
}

startLocale(section === 'facilitate' ? 'console' : section === 'projector' ? 'projector' : 'room');
const parts: CataloguePart[] = section === 'facilitate' ? ['room', 'console'] : ['room'];

// Keeps the app shell for reloads without a network (client/public/sw.js); the outbox does the rest.
if (import.meta.env.PROD && 'serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js').catch(() => undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nRoot parts={parts}>
      <Suspense fallback={<p className="loading">…</p>}>
        <App />
      </Suspense>
    </I18nRoot>
  </StrictMode>,
);
