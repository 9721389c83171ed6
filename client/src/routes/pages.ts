// The dashboard's pages by address. Each page is its own chunk, loaded when it is opened, so no
// page's first load carries another page's code; main.tsx loads the page the address opens before
// React first renders (page-module.ts says why). scripts/client-weight.mjs reads this list.
import type { ComponentType } from 'react';
import { matchPath } from 'react-router';
import { pageModule } from './page-module';

export interface PageRoute {
  path: string;
  /** loads the page's code (once) */
  load: () => Promise<unknown>;
  /** the page, as a lazy route component */
  Page: ComponentType;
}

function route<M>(path: string, importer: () => Promise<M>, pick: (module: M) => ComponentType): PageRoute {
  const page = pageModule(importer);
  return { path, load: page.load, Page: page.lazy(pick) };
}

export const PAGES: readonly PageRoute[] = [
  route(
    '/',
    () => import('../views/overview/OverviewPage'),
    (m) => m.OverviewPage,
  ),
  // the explorer, the report and What changed carry Cytoscape; the map MapLibre (and its worker)
  route(
    '/explorer',
    () => import('../views/explorer/ExplorerPage'),
    (m) => m.ExplorerPage,
  ),
  route(
    '/map',
    () => import('../views/map/MapPage'),
    (m) => m.MapPage,
  ),
  route(
    '/report/:region',
    () => import('../views/report/ReportPage'),
    (m) => m.ReportPage,
  ),
  route(
    '/diffusion',
    () => import('../views/diffusion/DiffusionPage'),
    (m) => m.DiffusionPage,
  ),
  route(
    '/radar',
    () => import('../views/radar/RadarPage'),
    (m) => m.RadarPage,
  ),
  route(
    '/rankings',
    () => import('../views/rankings/RankingsPage'),
    (m) => m.RankingsPage,
  ),
  // the data page (import, templates)
  route(
    '/data',
    () => import('../views/data/DataPage'),
    (m) => m.DataPage,
  ),
  // the change log's views: What changed and the admin's tokens
  route(
    '/changes',
    () => import('../views/changes/WhatChangedPage'),
    (m) => m.WhatChangedPage,
  ),
  route(
    '/admin/tokens',
    () => import('../views/admin/TokensPage'),
    (m) => m.TokensPage,
  ),
  // update links: the contact's form (no account) and the editors' review
  route(
    '/update',
    () => import('../views/update/UpdatePage'),
    (m) => m.UpdatePage,
  ),
  route(
    '/proposals',
    () => import('../views/proposals/ProposalsPage'),
    (m) => m.ProposalsPage,
  ),
];

/** The page an address opens, if any. */
export function pageFor(pathname: string): PageRoute | undefined {
  return PAGES.find((page) => matchPath(page.path, pathname) !== null);
}
