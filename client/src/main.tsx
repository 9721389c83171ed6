import '@mantine/core/styles.css';
import { MantineProvider, createTheme } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { I18nProvider } from './i18n';
import { prefetchRoute } from './routes/prefetch-route';
import './styles.css';

// the data the first page draws is asked for now, beside its code loading (api/prefetch.ts)
const pageCode = prefetchRoute(window.location);

const theme = createTheme({
  primaryColor: 'blue',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  defaultRadius: 'sm',
});

const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <MantineProvider theme={theme} defaultColorScheme="auto">
        <I18nProvider>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </I18nProvider>
      </MantineProvider>
    </StrictMode>,
  );

// the page the address opens renders once its code has come (index.html shows "loading" until then):
// rendered before, it would show the loading fallback and then wait out React's reveal throttle
if (pageCode) void pageCode.then(render, render);
else render();
