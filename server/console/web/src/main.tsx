/** Entry: start i18n, render the console. Styles are CSS files (the CSP refuses inline styles). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { i18n } from './i18n/console-i18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/signin.css';
import './styles/table.css';
import './styles/charts.css';
import './styles/pages.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
