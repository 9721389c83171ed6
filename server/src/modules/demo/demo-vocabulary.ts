/**
 * Vocabulary of the synthetic demo network: the 12 Dutch provinces (population, rough bounding
 * box, a few towns with approximate coordinates, neighbours), the themes, and the words that
 * initiative, actor, outcome and barrier names are built from. All of it is used only to make
 * clearly synthetic demo data; none of the initiatives or involvements is real.
 */
import type { ActorKind, BarrierKind, Characteristic } from '../../domain/network.types.js';

export interface DemoTown {
  name: string;
  lat: number;
  lon: number;
}

export interface DemoProvince {
  name: string;
  /** inhabitants, thousands (CBS, 2024, rounded) */
  population: number;
  /** rough bounding box of the province's land area */
  bbox: { minLat: number; maxLat: number; minLon: number; maxLon: number };
  /** largest first: earlier towns get more initiatives */
  towns: DemoTown[];
  neighbours: string[];
  waterBoards: string[];
}

const t = (name: string, lat: number, lon: number): DemoTown => ({ name, lat, lon });

export const DEMO_PROVINCES: readonly DemoProvince[] = [
  {
    name: 'Groningen',
    population: 596,
    bbox: { minLat: 52.84, maxLat: 53.5, minLon: 6.17, maxLon: 7.23 },
    towns: [
      t('Groningen', 53.219, 6.566),
      t('Hoogezand', 53.161, 6.761),
      t('Veendam', 53.107, 6.879),
      t('Delfzijl', 53.33, 6.918),
      t('Stadskanaal', 52.989, 6.951),
      t('Winschoten', 53.144, 7.035),
      t('Leek', 53.161, 6.377),
      t('Appingedam', 53.321, 6.859),
      t('Uithuizen', 53.407, 6.671),
      t('Zuidhorn', 53.247, 6.404),
    ],
    neighbours: ['Friesland', 'Drenthe'],
    waterBoards: ['Waterschap Noorderzijlvest', "Waterschap Hunze en Aa's"],
  },
  {
    name: 'Friesland',
    population: 660,
    bbox: { minLat: 52.8, maxLat: 53.42, minLon: 5.35, maxLon: 6.42 },
    towns: [
      t('Leeuwarden', 53.201, 5.799),
      t('Drachten', 53.107, 6.099),
      t('Sneek', 53.032, 5.658),
      t('Heerenveen', 52.96, 5.92),
      t('Harlingen', 53.174, 5.422),
      t('Franeker', 53.187, 5.541),
      t('Dokkum', 53.326, 5.999),
      t('Joure', 52.966, 5.79),
      t('Wolvega', 52.876, 5.997),
      t('Bolsward', 53.063, 5.531),
    ],
    neighbours: ['Groningen', 'Drenthe', 'Overijssel', 'Flevoland', 'Noord-Holland'],
    waterBoards: ['Wetterskip Fryslân'],
  },
  {
    name: 'Drenthe',
    population: 502,
    bbox: { minLat: 52.62, maxLat: 53.2, minLon: 6.12, maxLon: 7.09 },
    towns: [
      t('Assen', 52.993, 6.562),
      t('Emmen', 52.785, 6.897),
      t('Hoogeveen', 52.722, 6.476),
      t('Meppel', 52.696, 6.194),
      t('Coevorden', 52.661, 6.741),
      t('Roden', 53.138, 6.431),
      t('Beilen', 52.862, 6.511),
      t('Zuidlaren', 53.094, 6.682),
      t('Borger', 52.924, 6.793),
      t('Westerbork', 52.849, 6.609),
    ],
    neighbours: ['Groningen', 'Friesland', 'Overijssel'],
    waterBoards: ['Waterschap Drents Overijsselse Delta'],
  },
  {
    name: 'Overijssel',
    population: 1190,
    bbox: { minLat: 52.12, maxLat: 52.84, minLon: 5.8, maxLon: 7.07 },
    towns: [
      t('Enschede', 52.221, 6.894),
      t('Zwolle', 52.512, 6.091),
      t('Deventer', 52.255, 6.163),
      t('Hengelo', 52.266, 6.793),
      t('Almelo', 52.357, 6.662),
      t('Kampen', 52.555, 5.911),
      t('Hardenberg', 52.576, 6.62),
      t('Oldenzaal', 52.313, 6.929),
      t('Rijssen', 52.31, 6.519),
      t('Raalte', 52.386, 6.276),
      t('Steenwijk', 52.787, 6.121),
    ],
    neighbours: ['Friesland', 'Drenthe', 'Flevoland', 'Gelderland'],
    waterBoards: ['Waterschap Vechtstromen'],
  },
  {
    name: 'Flevoland',
    population: 449,
    bbox: { minLat: 52.28, maxLat: 52.84, minLon: 5.12, maxLon: 5.95 },
    towns: [
      t('Almere', 52.371, 5.222),
      t('Lelystad', 52.518, 5.471),
      t('Dronten', 52.525, 5.718),
      t('Emmeloord', 52.711, 5.748),
      t('Zeewolde', 52.33, 5.541),
      t('Urk', 52.662, 5.601),
    ],
    neighbours: ['Friesland', 'Overijssel', 'Gelderland', 'Utrecht', 'Noord-Holland'],
    waterBoards: ['Waterschap Zuiderzeeland'],
  },
  {
    name: 'Gelderland',
    population: 2142,
    bbox: { minLat: 51.74, maxLat: 52.52, minLon: 5.12, maxLon: 6.83 },
    towns: [
      t('Nijmegen', 51.842, 5.853),
      t('Apeldoorn', 52.211, 5.969),
      t('Arnhem', 51.985, 5.899),
      t('Ede', 52.04, 5.665),
      t('Doetinchem', 51.965, 6.289),
      t('Harderwijk', 52.342, 5.62),
      t('Zutphen', 52.139, 6.196),
      t('Tiel', 51.887, 5.43),
      t('Wageningen', 51.969, 5.665),
      t('Winterswijk', 51.972, 6.72),
      t('Culemborg', 51.955, 5.227),
      t('Zaltbommel', 51.81, 5.249),
    ],
    neighbours: ['Overijssel', 'Flevoland', 'Utrecht', 'Zuid-Holland', 'Noord-Brabant', 'Limburg'],
    waterBoards: ['Waterschap Rijn en IJssel', 'Waterschap Vallei en Veluwe', 'Waterschap Rivierenland'],
  },
  {
    name: 'Utrecht',
    population: 1396,
    bbox: { minLat: 51.94, maxLat: 52.3, minLon: 4.8, maxLon: 5.62 },
    towns: [
      t('Utrecht', 52.091, 5.122),
      t('Amersfoort', 52.156, 5.388),
      t('Nieuwegein', 52.029, 5.081),
      t('Veenendaal', 52.029, 5.556),
      t('Zeist', 52.089, 5.232),
      t('Houten', 52.028, 5.168),
      t('Woerden', 52.086, 4.883),
      t('Soest', 52.174, 5.292),
      t('IJsselstein', 52.02, 5.043),
      t('Rhenen', 51.959, 5.568),
    ],
    neighbours: ['Flevoland', 'Gelderland', 'Noord-Holland', 'Zuid-Holland'],
    waterBoards: ['Hoogheemraadschap De Stichtse Rijnlanden'],
  },
  {
    name: 'Noord-Holland',
    population: 2952,
    bbox: { minLat: 52.17, maxLat: 52.98, minLon: 4.52, maxLon: 5.32 },
    towns: [
      t('Amsterdam', 52.372, 4.9),
      t('Haarlem', 52.381, 4.637),
      t('Zaandam', 52.439, 4.826),
      t('Alkmaar', 52.632, 4.748),
      t('Hilversum', 52.223, 5.176),
      t('Amstelveen', 52.303, 4.862),
      t('Hoofddorp', 52.303, 4.689),
      t('Purmerend', 52.505, 4.959),
      t('Hoorn', 52.643, 5.06),
      t('Heerhugowaard', 52.669, 4.833),
      t('Den Helder', 52.955, 4.761),
      t('Enkhuizen', 52.703, 5.29),
    ],
    neighbours: ['Friesland', 'Flevoland', 'Utrecht', 'Zuid-Holland'],
    waterBoards: ['Hoogheemraadschap Hollands Noorderkwartier', 'Waterschap Amstel, Gooi en Vecht'],
  },
  {
    name: 'Zuid-Holland',
    population: 3834,
    bbox: { minLat: 51.66, maxLat: 52.3, minLon: 3.88, maxLon: 5.15 },
    towns: [
      t('Rotterdam', 51.922, 4.479),
      t('Den Haag', 52.078, 4.3),
      t('Leiden', 52.16, 4.497),
      t('Dordrecht', 51.813, 4.69),
      t('Zoetermeer', 52.06, 4.494),
      t('Delft', 52.012, 4.357),
      t('Alphen aan den Rijn', 52.129, 4.656),
      t('Westland', 51.996, 4.211),
      t('Gouda', 52.012, 4.711),
      t('Schiedam', 51.917, 4.399),
      t('Spijkenisse', 51.845, 4.33),
      t('Gorinchem', 51.831, 4.974),
    ],
    neighbours: ['Noord-Holland', 'Utrecht', 'Gelderland', 'Noord-Brabant', 'Zeeland'],
    waterBoards: [
      'Hoogheemraadschap van Rijnland',
      'Hoogheemraadschap van Delfland',
      'Hoogheemraadschap van Schieland en de Krimpenerwaard',
      'Waterschap Hollandse Delta',
    ],
  },
  {
    name: 'Zeeland',
    population: 391,
    bbox: { minLat: 51.22, maxLat: 51.74, minLon: 3.4, maxLon: 4.28 },
    towns: [
      t('Middelburg', 51.499, 3.611),
      t('Vlissingen', 51.443, 3.574),
      t('Goes', 51.504, 3.889),
      t('Terneuzen', 51.336, 3.828),
      t('Zierikzee', 51.65, 3.919),
      t('Hulst', 51.281, 4.052),
      t('Tholen', 51.532, 4.22),
      t('Yerseke', 51.492, 4.049),
      t('Oostburg', 51.326, 3.488),
    ],
    neighbours: ['Zuid-Holland', 'Noord-Brabant'],
    waterBoards: ['Waterschap Scheldestromen'],
  },
  {
    name: 'Noord-Brabant',
    population: 2626,
    bbox: { minLat: 51.24, maxLat: 51.82, minLon: 4.22, maxLon: 6.04 },
    towns: [
      t('Eindhoven', 51.441, 5.478),
      t('Tilburg', 51.556, 5.091),
      t('Breda', 51.589, 4.776),
      t("'s-Hertogenbosch", 51.697, 5.304),
      t('Helmond', 51.476, 5.661),
      t('Oss', 51.765, 5.518),
      t('Roosendaal', 51.531, 4.465),
      t('Bergen op Zoom', 51.495, 4.291),
      t('Oosterhout', 51.645, 4.86),
      t('Veghel', 51.617, 5.549),
      t('Waalwijk', 51.687, 5.07),
      t('Uden', 51.661, 5.619),
      t('Boxtel', 51.591, 5.329),
      t('Deurne', 51.461, 5.797),
    ],
    neighbours: ['Zeeland', 'Zuid-Holland', 'Gelderland', 'Limburg'],
    waterBoards: ['Waterschap Brabantse Delta', 'Waterschap De Dommel', 'Waterschap Aa en Maas'],
  },
  {
    name: 'Limburg',
    population: 1128,
    bbox: { minLat: 50.76, maxLat: 51.77, minLon: 5.56, maxLon: 6.22 },
    towns: [
      t('Maastricht', 50.851, 5.691),
      t('Venlo', 51.37, 6.172),
      t('Heerlen', 50.888, 5.98),
      t('Sittard', 51.0, 5.869),
      t('Roermond', 51.194, 5.987),
      t('Weert', 51.251, 5.706),
      t('Kerkrade', 50.866, 6.063),
      t('Venray', 51.526, 5.975),
      t('Valkenburg', 50.865, 5.832),
      t('Gennep', 51.698, 5.973),
    ],
    neighbours: ['Noord-Brabant', 'Gelderland'],
    waterBoards: ['Waterschap Limburg'],
  },
];

export interface DemoTheme {
  /** the theme as it appears on initiatives */
  name: string;
  /** Dutch label used inside names */
  label: string;
  /** share among initiatives' primary themes (relative) */
  weight: number;
  /** themes an initiative of this theme most often broadens to or combines with */
  related: string[];
  /** initiative name patterns: {T} town, {E} estate-like place name, {C} coined word */
  patterns: string[];
  /** what an initiative of this theme does, for the description */
  activities: string[];
  technology: string[];
  practice: string[];
  /** barriers typical for the theme (others occur too) */
  barriers: BarrierKind[];
}

export const DEMO_THEMES: readonly DemoTheme[] = [
  {
    name: 'energy',
    label: 'Energie',
    weight: 20,
    related: ['housing', 'mobility', 'circular', 'education'],
    patterns: [
      'Energiecoöperatie {C}',
      'Zon op {T}',
      'Buurtbatterij {T}',
      'Warmtenet {T}',
      '{T} Energie',
      'Windcoöperatie {C}',
      'Zonneweide {E}',
      'Dorpsmolen {T}',
      'Energiebespaarclub {E}',
    ],
    activities: [
      'residents generate and share local solar power',
      'a neighbourhood pools money for a shared battery',
      'households switch together to a local heat network',
      'a village co-owns a small wind turbine',
    ],
    technology: ['Slimme buurtbatterij', 'Lokaal energiemanagementsysteem', 'Aquathermie-installatie'],
    practice: ['Collectief energie besparen per straat', 'Lokale stroomlevering aan leden'],
    barriers: ['REGULATION', 'FINANCING', 'VESTED_INTERESTS'],
  },
  {
    name: 'food',
    label: 'Voedsel',
    weight: 15,
    related: ['nature', 'care', 'education', 'circular'],
    patterns: [
      'Voedselbos {E}',
      'Herenboerderij {E}',
      'Korte Keten {T}',
      'Stadslandbouw {T}',
      'Pluktuin {E}',
      'Streekmarkt {T}',
      'Buurtmoestuin {E}',
      'Kringlooplandbouw {T}',
      'Boerencoöperatie {C}',
    ],
    activities: [
      'farmers and residents run a food forest together',
      'a short supply chain links local farms to kitchens',
      'residents grow vegetables together on a vacant lot',
      'a farm switches to nature-inclusive practices with its buyers',
    ],
    technology: ['Precisiebemesting', 'Digitaal afzetplatform voor streekproducten', 'Mobiele verwerkingsunit'],
    practice: ['Natuurinclusieve akkerranden', 'Abonnement op het boerenpakket'],
    barriers: ['DOMINANT_BUSINESS_MODEL', 'VESTED_INTERESTS', 'FINANCING'],
  },
  {
    name: 'circular',
    label: 'Circulair',
    weight: 13,
    related: ['energy', 'education', 'housing', 'food'],
    patterns: [
      'Repair Café {T}',
      'Kringloopplein {T}',
      'Bouwmaterialenhub {T}',
      'Textielcollectief {C}',
      'Grondstoffenstraat {T}',
      'Deelwerkplaats {E}',
      'Statiegeldbeker {T}',
      'Circulair Ambacht {C}',
    ],
    activities: [
      'volunteers repair appliances instead of discarding them',
      'builders reuse materials from demolition',
      'a workshop turns textile waste into new products',
      'residents share tools and machines',
    ],
    technology: ['Materialenpaspoort', 'Demontageprotocol', 'Vezelscheidingsmachine'],
    practice: ['Repareren als standaard', 'Hergebruik van bouwmaterialen bij sloop'],
    barriers: ['ROUTINES', 'REGULATION', 'DOMINANT_BUSINESS_MODEL'],
  },
  {
    name: 'housing',
    label: 'Wonen',
    weight: 10,
    related: ['energy', 'care', 'nature'],
    patterns: [
      'Wooncoöperatie {C}',
      'Knarrenhof {T}',
      'Tiny Houses {E}',
      'Woongroep {E}',
      'CPO {E}',
      'Klushuis {T}',
      'Woonhof {C}',
      'Mantelzorgwoning {T}',
    ],
    activities: [
      'residents develop affordable homes as a cooperative',
      'older residents build a courtyard community',
      'a group builds small sustainable homes on a temporary site',
      'tenants renovate their homes collectively',
    ],
    technology: ['Prefab-renovatiemodule', 'Biobased bouwsysteem'],
    practice: ['Collectief particulier opdrachtgeverschap', 'Woningdelen tussen generaties'],
    barriers: ['REGULATION', 'FINANCING', 'ROUTINES'],
  },
  {
    name: 'nature',
    label: 'Natuur en Water',
    weight: 13,
    related: ['food', 'housing', 'education', 'energy'],
    patterns: [
      'Klimaatbos {T}',
      'Beekherstel {E}',
      'Regenwater {T}',
      'Bijenlint {T}',
      'Groen Schoolplein {E}',
      'Waterbuffer {C}',
      'Natuurinclusieve Boeren {T}',
      'Tegelwippers {T}',
      'Veenweide {C}',
    ],
    activities: [
      'residents and the water board store rainwater locally',
      'volunteers restore a stream and its banks',
      'a schoolyard becomes a green, climate-adaptive space',
      'farmers and ecologists create flower-rich field margins',
    ],
    technology: ['Regenwatersensoren', 'Slimme stuw', 'Infiltratiekratten'],
    practice: ['Beheer van akkerranden door bewoners', 'Tegels eruit, groen erin'],
    barriers: ['ROUTINES', 'KNOWLEDGE', 'REGULATION'],
  },
  {
    name: 'care',
    label: 'Zorg',
    weight: 11,
    related: ['food', 'housing', 'education', 'mobility'],
    patterns: [
      'Zorgcoöperatie {T}',
      'Zorgboerderij {E}',
      'Dorpshuiskamer {T}',
      'Samen Oud in {T}',
      'Mantelzorgcafé {T}',
      'Zorgcirkel {E}',
      'Eettafel {C}',
      'Ontmoetingstuin {E}',
    ],
    activities: [
      'neighbours organise care and company for older residents',
      'a care farm offers meaningful daytime activities',
      'a village living room brings lonely residents together',
      'informal carers support each other',
    ],
    technology: ['Buurtplatform-app', 'Beeldbellen voor ouderen'],
    practice: ['Dorpsondersteuning door vrijwilligers', 'Samen eten in de wijk'],
    barriers: ['FINANCING', 'CULTURE', 'REGULATION'],
  },
  {
    name: 'mobility',
    label: 'Mobiliteit',
    weight: 9,
    related: ['energy', 'care', 'housing'],
    patterns: [
      'Deelauto {T}',
      'Buurtbus {T}',
      'Fietsstraat {T}',
      'Dorpsvervoer {C}',
      'Fietsschool {T}',
      'Deelbakfiets {E}',
      'Mobiliteitshub {T}',
      'Samen Rijden {C}',
    ],
    activities: [
      'residents share electric cars',
      'volunteers drive a village bus',
      'a street is redesigned with cyclists first',
      'newcomers learn to cycle safely',
    ],
    technology: ['Deelplatform', 'Slim laadplein'],
    practice: ['Autodelen tussen buren', 'Vrijwillig vervoer op afroep'],
    barriers: ['CULTURE', 'ROUTINES', 'FINANCING'],
  },
  {
    name: 'education',
    label: 'Onderwijs',
    weight: 9,
    related: ['energy', 'circular', 'care', 'food'],
    patterns: [
      'Leerwerkplaats {T}',
      'Techniekhuis {T}',
      'Energieklas {E}',
      'Groene Leerlijn {T}',
      'Praktijkroute {C}',
      'Vakschool {E}',
      'Makerspace {T}',
      'Zomerschool {C}',
    ],
    activities: [
      'students learn green trades on real projects',
      'a technology hub lets children experiment',
      'a school teaches energy skills in practice',
      'jobseekers retrain for the energy transition',
    ],
    technology: ['Digitale leeromgeving', 'Mobiel praktijklokaal'],
    practice: ['Leren in de praktijk met bedrijven', 'Omscholing via de buurt'],
    barriers: ['KNOWLEDGE', 'ROUTINES', 'CULTURE'],
  },
];

export const ESTATES = [
  'De Hoeve',
  'Het Ven',
  'De Eik',
  'De Linde',
  'Het Broek',
  'De Kamp',
  'De Es',
  'Het Hof',
  'De Brink',
  'De Wilg',
  'Het Veld',
  'De Meent',
  'De Vlinder',
  'De Zonnehoek',
  'Het Gagel',
  'De Akkers',
  'De Bongerd',
  'Het Wiel',
  'De Weide',
  'De Terp',
  'De Maten',
  'Het Hooge Land',
  'De Beemd',
  'De Kolk',
] as const;

export const COINED_PREFIXES = [
  'Zonne',
  'Wind',
  'Groen',
  'Samen',
  'Dorps',
  'Polder',
  'Water',
  'Licht',
  'Klaver',
  'Linde',
  'Heide',
  'Duin',
  'Berken',
  'Vlas',
  'Rogge',
  'Eiken',
  'Veen',
  'Beek',
  'Wilgen',
  'Noorder',
] as const;

export const COINED_SUFFIXES = [
  'dorp',
  'veld',
  'kracht',
  'hof',
  'hoek',
  'stroom',
  'akker',
  'wijk',
  'dijk',
  'bron',
  'kamp',
  'hart',
  'kring',
  'erf',
] as const;

export const SURNAMES = [
  'De Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'De Boer',
  'Mulder',
  'De Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'Van Dijk',
  'Dekker',
  'Brouwer',
  'De Wit',
  'Dijkstra',
  'Smits',
  'De Graaf',
  'Van der Meer',
  'Kok',
  'Jacobs',
  'Vermeulen',
  'Postma',
  'Hoekstra',
  'Veenstra',
  'Kuipers',
  'Willems',
  'Verhoeven',
] as const;

/** Follow-up names for an initiative that deepens another one: "{base} Fase 2". */
export const DEEPENING_SUFFIXES = ['Fase 2', '2.0', 'Academie', 'Fonds', 'Plus', 'Netwerk', 'Structureel'] as const;

/**
 * Name patterns of the actors that pools create, per kind: {T} town, {R} province, {E} estate,
 * {C} coined word, {S} surname, {L} theme label.
 */
export const ACTOR_NAME_PATTERNS: Partial<Record<ActorKind, readonly string[]>> = {
  CITIZEN_COLLECTIVE: [
    'Bewonerscollectief {E} {T}',
    'Dorpscoöperatie {T}',
    'Buurtvereniging {E}',
    'Energiecoöperatie {C}',
    'Stichting Samen {T}',
    'Burgerinitiatief {C}',
  ],
  BUSINESS: [
    '{C} B.V.',
    '{C} Installatietechniek',
    '{S} Bouw',
    '{C} Advies',
    '{S} & Zonen',
    '{C} Recycling',
    '{T} Logistiek',
  ],
  FARMER: [
    'Melkveebedrijf {S}',
    'Akkerbouwbedrijf {S}',
    'Boerderij {E}',
    'Maatschap {S}',
    'Fruitteelt {S}',
    'Tuinderij {E}',
  ],
  NGO: ['Stichting {C}', 'Natuurvereniging {T}', 'Vereniging {C}', 'Stichting Groen {T}', 'Stichting Doe Mee {T}'],
  KNOWLEDGE_INSTITUTE: ['Kenniscentrum {L} {R}', 'Lectoraat {L} {T}', 'Onderzoeksgroep {C}', 'Living Lab {T}'],
  EDUCATION: ['ROC {T}', 'Hogeschool {T}', 'Basisschool {E}', 'Vakcollege {T}', 'Groen College {T}'],
  INTERMEDIARY: [
    'Energieloket {T}',
    'Regionaal Netwerk {R}',
    'Transitiebureau {C}',
    'Ontwikkelingsmaatschappij {R}',
    'Dorpsondersteuner {T}',
    'Innovatiemakelaar {R}',
  ],
  OTHER: [
    'Woningcorporatie {C}',
    'Kerkgemeenschap {T}',
    'Sportvereniging {C}',
    'Zorginstelling {E}',
    'Bibliotheek {T}',
  ],
};

export const NATIONAL_ACTORS = [
  'Ministerie van Klimaat en Groene Groei',
  'Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur',
  'Ministerie van Volkshuisvesting en Ruimtelijke Ordening',
  'Ministerie van Infrastructuur en Waterstaat',
  'Rijksdienst voor Ondernemend Nederland',
  'Nationaal Programma Kleine Winsten',
] as const;

/** Appended to every actor name. */
export const SYNTHETIC_MARK = ' (synthetic)';

/** Evidence notes for each characteristic, indexed by score 0–3. */
export const CHARACTERISTIC_NOTES: Record<Characteristic, readonly [string, string, string, string]> = {
  SYSTEM_STEP: [
    'No link to wider system change yet',
    'Small step; the link to the system is implicit',
    'Clear step toward a wider transition',
    'Changes how the local system works',
  ],
  TANGIBLE_RESULTS: [
    'No tangible results yet',
    'First modest results for participants',
    'Visible results for those directly involved',
    'Substantial, measurable results for participants',
  ],
  DEEP_CHANGE: [
    'Existing practices unchanged',
    'Some new routines',
    'New practices and insights take hold',
    'Values and ways of working have changed',
  ],
  FRICTION_OVERCOME: [
    'No friction met yet',
    'Faces barriers, none overcome yet',
    'Worked around a barrier',
    'Broke a barrier others thought fixed',
  ],
  CONNECTED_CHANGE: [
    'Purely technical or purely social',
    'Weak link between technical and social change',
    'Technical and social change connected',
    'Technical and social change reinforce each other',
  ],
  ENERGY_PLACE: [
    'No energy left to continue',
    'Few active people, little experimenting',
    'An active group keeps experimenting',
    'A lively place for ongoing learning',
  ],
  AMPLIFICATION_POTENTIAL: [
    'Unlikely to deepen, broaden or spread',
    'Some potential to amplify',
    'Clear potential to deepen, broaden or spread',
    'Strong potential; others already show interest',
  ],
};

export const BARRIER_NOTES: Record<BarrierKind, readonly string[]> = {
  VESTED_INTERESTS: ['incumbent suppliers resisted the new arrangement', 'established parties defended their position'],
  ROUTINES: ['ingrained ways of working at the municipality', 'habits of residents and professionals'],
  DOMINANT_BUSINESS_MODEL: ['the usual business model rewards volume over value', 'prices do not reflect social value'],
  REGULATION: ['rules and permits did not fit the new approach', 'permit procedures took years'],
  FINANCING: ['no money for the step from pilot to regular operation', 'lenders saw the risk as too high'],
  KNOWLEDGE: ['lack of technical know-how in the group', 'no reliable data on the effects'],
  CULTURE: ['scepticism among residents', "a culture of 'we have always done it this way'"],
};
