import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ConsentProvider } from 'cookiegate/react';
import { config } from './consent-config.js';
import { App } from './App.jsx';

// StrictMode runs the provider's effect twice in development: it still makes one instance and one banner.
createRoot(document.getElementById('root')).render(
  <StrictMode>
    <ConsentProvider config={config}>
      <App />
    </ConsentProvider>
  </StrictMode>,
);
