import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { Landing } from './Landing.js';
import { ParticipantApp } from './participant/ParticipantApp.js';
import './styles.css';

const FacilitatorApp = lazy(() => import('./facilitator/FacilitatorApp.js'));
const ProjectorApp = lazy(() => import('./projector/ProjectorApp.js'));

function App() {
  const [, section, code] = window.location.pathname.split('/');
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

// Keeps the app shell for reloads without a network (client/public/sw.js); the outbox does the rest.
if (import.meta.env.PROD && 'serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js').catch(() => undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Suspense fallback={<p className="loading">Loading…</p>}>
      <App />
    </Suspense>
  </StrictMode>,
);
