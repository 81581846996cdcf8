/** Entry: pick the transport, start i18n, render. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { KefuContext } from './api/kefu-context';
import { selectKefuClient } from './api/select-kefu-client';
import { App } from './App';
import { i18n } from './i18n/i18n';
import './styles/base.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <KefuContext value={selectKefuClient()}>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </KefuContext>
  </StrictMode>,
);
