import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { isFanPath } from './app/fanPaths';
import { I18nProvider } from './i18n/I18nProvider';
import './styles.css';

// A fan's phone loads only the H5 chat and rating pages; the desk and its admin libraries load for the desk.
const Page = isFanPath(window.location.hash.replace(/^#/, ''))
  ? lazy(() => import('./app/FanApp').then(({ FanApp }) => ({ default: FanApp })))
  : lazy(() => import('./app/DeskApp').then(({ DeskApp }) => ({ default: DeskApp })));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <Suspense>
        <Page />
      </Suspense>
    </I18nProvider>
  </StrictMode>,
);
