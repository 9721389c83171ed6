// Component tests: render a piece of the dashboard in jsdom inside the same providers as main.tsx.
import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { I18nProvider } from '../i18n';

/** What jsdom lacks and Mantine uses: media queries and resize observation. */
function polyfill() {
  if (!window.matchMedia)
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  if (!('ResizeObserver' in window))
    Object.assign(window, {
      ResizeObserver: class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    });
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;
}

/** Renders `ui` with Mantine, the i18n provider (English) and a router at `url`. */
export function renderWithProviders(ui: ReactElement, url = '/'): RenderResult {
  polyfill();
  localStorage.setItem('atlas.lang', 'en');
  return render(
    <MantineProvider>
      <I18nProvider>
        <MemoryRouter initialEntries={[url]}>{ui}</MemoryRouter>
      </I18nProvider>
    </MantineProvider>,
  );
}
