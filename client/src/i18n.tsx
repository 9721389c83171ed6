import * as canvas from './messages/canvas';
import * as data from './messages/data';
import * as edit from './messages/edit';
import * as exportsMessages from './messages/exports';
import * as history from './messages/history';
import * as map from './messages/map';
import * as overview from './messages/overview';
import * as report from './messages/report';
import * as proposals from './messages/proposals';
import * as radar from './messages/radar';
import * as rankings from './messages/rankings';
import * as research from './messages/research';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

export type Lang = 'en' | 'nl';

const CORE_EN = {
  product: 'Small Wins Atlas',
  'nav.overview': 'Overview',
  'nav.explorer': 'Explorer',
  'nav.map': 'Map',
  'nav.diffusion': 'Diffusion',
  'nav.radar': 'Radar',
  'nav.rankings': 'Rankings',
  'nav.data': 'Data',
  'mode.DEEPENING': 'deepen',
  'mode.BROADENING': 'broaden',
  'mode.SPREADING': 'spread',
  involvement: 'involvement',
  influence: 'influence',
  initiative: 'initiative',
  actor: 'actor',
  isolated: 'isolated initiative',
  filters: 'Filters',
  region: 'Region',
  theme: 'Theme',
  mode: 'Amplification mode',
  status: 'Status',
  from: 'Started from',
  to: 'Started until',
  search: 'Search ( / )',
  searchPlaceholder: 'Initiative or actor name',
  colourBy: 'Colour initiatives by',
  'colourBy.theme': 'theme',
  'colourBy.region': 'region',
  'colourBy.community': 'community',
  layout: 'Layout',
  actors: 'Show actors',
  clearFilters: 'Clear filters',
  anyRegion: 'All regions',
  anyTheme: 'All themes',
  anyStatus: 'Any status',
  graph: 'Network',
  table: 'Table',
  legend: 'Legend',
  loading: 'Loading the network…',
  empty: 'No initiatives match these filters: widen the date range, or pick another region or theme.',
  error: 'The network could not be loaded',
  truncated: 'Showing the first {n} nodes only: narrow the filters to see all of a part.',
  nodes: '{n} initiatives, {a} actors, {e} edges',
  details: 'Details',
  noSelection: 'Click an initiative or actor to see its details. Double-click focuses its neighbourhood.',
  characteristics: 'Small-win profile (0–3)',
  actorsInvolved: 'Actors',
  amplificationsIn: 'Builds on (amplifications in)',
  amplificationsOut: 'Taken further by (amplifications out)',
  outcomes: 'Outcomes',
  barriers: 'Barriers',
  kind: 'Kind',
  initiatives: 'Initiatives',
  influencesOut: 'Influences',
  influencesIn: 'Influenced by',
  none: 'none recorded',
  focus: 'Focus neighbourhood',
  focused: 'Focused on the neighbourhood of {name}',
  showAll: 'Show the whole slice',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit to screen',
  png: 'Download the network as PNG',
  started: 'Started',
  overcome: 'overcome',
  theme_dark: 'Dark theme',
  theme_light: 'Light theme',
  name: 'Name',
  'dif.cascades': 'Cascades',
  'dif.sortBy': 'Sort by',
  'dif.sort.SIZE': 'size',
  'dif.sort.DEPTH': 'depth',
  'dif.sort.STRUCTURAL_VIRALITY': 'structural virality',
  'dif.sort.REGIONS_REACHED': 'regions reached',
  'dif.allModes': 'All modes',
  'dif.listLabel': 'Cascades, ranked (arrow keys move)',
  'dif.row': 'size {size} · depth {depth} · SV {sv} · {regions} regions',
  'dif.bin': 'bin {bin}',
  'dif.loadingList': 'Loading cascades…',
  'dif.emptyList': 'No cascades match these filters: pick another mode, region or theme, or clear the filters.',
  'dif.errorList': 'The cascades could not be loaded',
  'dif.pick': 'Pick a cascade from the list to draw it by generation, see its measures and play it back in time.',
  'dif.loadingCascade': 'Loading the cascade…',
  'dif.errorCascade': 'The cascade could not be loaded',
  'dif.size': 'Size',
  'dif.sizeHint': 'initiatives reached, root included',
  'dif.depth': 'Depth',
  'dif.depthHint': 'generations below the root',
  'dif.maxBreadth': 'Max breadth',
  'dif.maxBreadthHint': 'most initiatives in one generation',
  'dif.sv': 'Structural virality',
  'dif.sv.broadcast': 'broadcast-like: most joined straight from a few sources',
  'dif.sv.mixed': 'between broadcast and chain',
  'dif.sv.chain': 'chain-like: passed on step by step',
  'dif.svCompare': 'compare within the size bin {bin}, not across sizes',
  'dif.svMedian': 'listed cascades of {bin}: median {median} (compare within the size bin)',
  'dif.regionsReached': 'Regions reached',
  'dif.adoption': 'Adoption curve (initiatives joined, cumulative, by month)',
  'dif.generations': 'Initiatives per generation',
  'dif.generation': 'generation',
  'dif.initiativesUnit': 'initiatives',
  'dif.play': 'Play',
  'dif.pause': 'Pause',
  'dif.time': 'Time',
  'dif.revealed': '{n} of {total} initiatives by {date}',
  'dif.noDates': 'no dates recorded',
  'dif.drawing': 'Cascade by generation (root on top)',
} as const;

// each part of the dashboard keeps its own messages in src/messages/<part>.ts
const EN = {
  ...CORE_EN,
  ...radar.en,
  ...rankings.en,
  ...data.en,
  ...edit.en,
  ...canvas.en,
  ...exportsMessages.en,
  ...overview.en,
  ...map.en,
  ...report.en,
  ...research.en,
  ...history.en,
  ...proposals.en,
};

export type MessageKey = keyof typeof EN;

const CORE_NL: Record<keyof typeof CORE_EN, string> = {
  product: 'Small Wins Atlas',
  'nav.overview': 'Overzicht',
  'nav.explorer': 'Verkenner',
  'nav.map': 'Kaart',
  'nav.diffusion': 'Verspreiding',
  'nav.radar': 'Radar',
  'nav.rankings': 'Ranglijsten',
  'nav.data': 'Data',
  'mode.DEEPENING': 'verdiepen',
  'mode.BROADENING': 'verbreden',
  'mode.SPREADING': 'verspreiden',
  involvement: 'betrokkenheid',
  influence: 'invloed',
  initiative: 'initiatief',
  actor: 'actor',
  isolated: 'geïsoleerd initiatief',
  filters: 'Filters',
  region: 'Regio',
  theme: 'Thema',
  mode: 'Versterkingsvorm',
  status: 'Status',
  from: 'Gestart vanaf',
  to: 'Gestart tot',
  search: 'Zoeken ( / )',
  searchPlaceholder: 'Naam van initiatief of actor',
  colourBy: 'Kleur initiatieven naar',
  'colourBy.theme': 'thema',
  'colourBy.region': 'regio',
  'colourBy.community': 'gemeenschap',
  layout: 'Opmaak',
  actors: 'Actoren tonen',
  clearFilters: 'Filters wissen',
  anyRegion: 'Alle regio’s',
  anyTheme: 'Alle thema’s',
  anyStatus: 'Elke status',
  graph: 'Netwerk',
  table: 'Tabel',
  legend: 'Legenda',
  loading: 'Netwerk laden…',
  empty: 'Geen initiatieven bij deze filters: verruim de periode, of kies een andere regio of thema.',
  error: 'Het netwerk kon niet worden geladen',
  truncated: 'Alleen de eerste {n} knopen: verfijn de filters om een deel helemaal te zien.',
  nodes: '{n} initiatieven, {a} actoren, {e} verbindingen',
  details: 'Details',
  noSelection: 'Klik op een initiatief of actor voor details. Dubbelklik toont de omgeving.',
  characteristics: 'Small-win-profiel (0–3)',
  actorsInvolved: 'Actoren',
  amplificationsIn: 'Bouwt voort op (versterkingen in)',
  amplificationsOut: 'Verder gebracht door (versterkingen uit)',
  outcomes: 'Resultaten',
  barriers: 'Barrières',
  kind: 'Soort',
  initiatives: 'Initiatieven',
  influencesOut: 'Beïnvloedt',
  influencesIn: 'Beïnvloed door',
  none: 'niets vastgelegd',
  focus: 'Omgeving tonen',
  focused: 'Omgeving van {name}',
  showAll: 'Hele selectie tonen',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  fit: 'Passend maken',
  png: 'Netwerk downloaden als PNG',
  started: 'Gestart',
  overcome: 'overwonnen',
  theme_dark: 'Donker thema',
  theme_light: 'Licht thema',
  name: 'Naam',
  'dif.cascades': 'Cascades',
  'dif.sortBy': 'Sorteren op',
  'dif.sort.SIZE': 'omvang',
  'dif.sort.DEPTH': 'diepte',
  'dif.sort.STRUCTURAL_VIRALITY': 'structurele viraliteit',
  'dif.sort.REGIONS_REACHED': 'bereikte regio’s',
  'dif.allModes': 'Alle vormen',
  'dif.listLabel': 'Cascades, gerangschikt (pijltjestoetsen bewegen)',
  'dif.row': 'omvang {size} · diepte {depth} · SV {sv} · {regions} regio’s',
  'dif.bin': 'klasse {bin}',
  'dif.loadingList': 'Cascades laden…',
  'dif.emptyList': 'Geen cascades bij deze filters: kies een andere vorm, regio of thema, of wis de filters.',
  'dif.errorList': 'De cascades konden niet worden geladen',
  'dif.pick':
    'Kies een cascade uit de lijst om haar per generatie te tekenen, haar maten te zien en haar in de tijd af te spelen.',
  'dif.loadingCascade': 'Cascade laden…',
  'dif.errorCascade': 'De cascade kon niet worden geladen',
  'dif.size': 'Omvang',
  'dif.sizeHint': 'bereikte initiatieven, wortel meegeteld',
  'dif.depth': 'Diepte',
  'dif.depthHint': 'generaties onder de wortel',
  'dif.maxBreadth': 'Grootste breedte',
  'dif.maxBreadthHint': 'meeste initiatieven in één generatie',
  'dif.sv': 'Structurele viraliteit',
  'dif.sv.broadcast': 'uitzending: de meeste sloten direct aan bij enkele bronnen',
  'dif.sv.mixed': 'tussen uitzending en keten in',
  'dif.sv.chain': 'keten: stap voor stap doorgegeven',
  'dif.svCompare': 'vergelijk binnen de omvangklasse {bin}, niet tussen omvangen',
  'dif.svMedian': 'getoonde cascades van {bin}: mediaan {median} (vergelijk binnen de omvangklasse)',
  'dif.regionsReached': 'Bereikte regio’s',
  'dif.adoption': 'Adoptiecurve (aangesloten initiatieven, cumulatief, per maand)',
  'dif.generations': 'Initiatieven per generatie',
  'dif.generation': 'generatie',
  'dif.initiativesUnit': 'initiatieven',
  'dif.play': 'Afspelen',
  'dif.pause': 'Pauze',
  'dif.time': 'Tijd',
  'dif.revealed': '{n} van {total} initiatieven op {date}',
  'dif.noDates': 'geen datums vastgelegd',
  'dif.drawing': 'Cascade per generatie (wortel bovenaan)',
};

const NL: Record<MessageKey, string> = {
  ...CORE_NL,
  ...radar.nl,
  ...rankings.nl,
  ...data.nl,
  ...edit.nl,
  ...canvas.nl,
  ...exportsMessages.nl,
  ...overview.nl,
  ...map.nl,
  ...report.nl,
  ...research.nl,
  ...history.nl,
  ...proposals.nl,
};

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { en: EN, nl: NL };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** The messages of a language as a function, for code outside React (and its tests). */
export function translator(lang: Lang): Translate {
  return (key, values) =>
    Object.entries(values ?? {}).reduce(
      (text, [k, v]) => text.replaceAll(`{${k}}`, String(v)),
      DICTIONARIES[lang][key],
    );
}

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

function initialLang(): Lang {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem('atlas.lang');
  return saved === 'nl' || saved === 'en' ? saved : 'en';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang: (next) => {
        localStorage.setItem('atlas.lang', next);
        document.documentElement.lang = next;
        setLangState(next);
      },
      t: translator(lang),
    }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

/** Enum values made readable: SYSTEM_STEP → system step. */
export function humanize(value: string): string {
  return value.toLowerCase().replaceAll('_', ' ');
}
