// Messages of one part of the dashboard, EN and NL with the same keys (checked by the compiler).
export const en = {
  'rankings.title': 'Rankings and communities',
  'rankings.intro':
    'Who and what holds the network together: the actors and initiatives that score highest on a measure, the brokers between regions and themes, and the communities the network falls into.',
  'rankings.tabs': 'Rankings',
  'rankings.tab.actors': 'Actors',
  'rankings.tab.initiatives': 'Initiatives',
  'rankings.tab.brokers': 'Brokers',
  'rankings.tab.communities': 'Communities',
  'rankings.measure': 'Measure',
  'rankings.measure.DEGREE': 'Degree',
  'rankings.measure.PAGERANK': 'PageRank',
  'rankings.measure.BETWEENNESS': 'Betweenness',
  'rankings.measure.CLOSENESS': 'Closeness',
  'rankings.explain.actors.DEGREE':
    'Degree: how many other actors this actor is tied to, by an influence or by taking part in the same initiative.',
  'rankings.explain.actors.PAGERANK':
    'PageRank: how much influence reaches this actor along the recorded influence links, weighted; the scores of all actors add up to 1. An actor without influence links gets only the base share.',
  'rankings.explain.actors.BETWEENNESS':
    'Betweenness: the share of shortest paths between two other actors that pass through this actor (0–1). High: a go-between that links parts of the network.',
  'rankings.explain.actors.CLOSENESS':
    'Closeness: how few steps this actor is from all the actors it can reach (0–1). High: close to everyone.',
  'rankings.explain.initiatives.DEGREE':
    'Degree: how many other initiatives this initiative is tied to, by an amplification or by an actor involved in both.',
  'rankings.explain.initiatives.PAGERANK':
    'PageRank: tied to initiatives that are themselves well tied (the same iteration as for actors, on the initiative ties, unweighted); the scores add up to 1.',
  'rankings.explain.initiatives.BETWEENNESS':
    'Betweenness: the share of shortest paths between two other initiatives that pass through this one (0–1). High: a bridge between parts of the network.',
  'rankings.explain.initiatives.CLOSENESS':
    'Closeness: how few steps this initiative is from all the initiatives it can reach (0–1). High: close to everyone.',
  'rankings.exact': 'Exact scores.',
  'rankings.sampled':
    'Estimated, not exact: the network is too large to compute {measure} exactly in a few seconds, so the scores come from {n} sampled starting points (a fixed seed: the same data gives the same answer). Neighbouring ranks may swap.',
  'rankings.top': 'Show the top',
  'rankings.topOption': 'top {n}',
  'rankings.sortedNote': 'The top {n} by the API’s ranking; click a column header to sort them.',
  'rankings.col.rank': 'Rank',
  'rankings.col.name': 'Name',
  'rankings.col.kind': 'Kind',
  'rankings.col.region': 'Region',
  'rankings.col.themes': 'Themes',
  'rankings.col.score': 'Score',
  'rankings.col.regions': 'Regions',
  'rankings.col.initiatives': 'Initiatives',
  'rankings.col.community': 'Community',
  'rankings.col.size': 'Size',
  'rankings.col.share': 'Share',
  'rankings.col.explorer': 'In the explorer',
  'rankings.sortBy': 'Sort by {column}',
  'rankings.show': 'Show in the explorer',
  'rankings.showNamed': 'Show {name} in the explorer',
  'rankings.loading': 'Computing the ranking…',
  'rankings.error': 'The ranking could not be loaded',
  'rankings.retry': 'Try again',
  'rankings.empty.actors': 'No actors in the network yet: import actors and their involvements on the Data page.',
  'rankings.empty.initiatives': 'No initiatives in the network yet: import them on the Data page.',
  'rankings.empty.brokers':
    'No brokers: no actor takes part in initiatives in two or more regions or themes. Recording involvements across regions gives brokers.',
  'rankings.empty.communities': 'No communities: the network has no nodes in this graph yet.',
  'rankings.brokers.explain':
    'Brokers are actors whose initiatives span at least two regions or two themes: they can carry what works from one place or theme to another. Ranked by regions plus themes, then by initiatives.',
  'rankings.comm.graph': 'Communities of',
  'rankings.comm.graph.TIE': 'initiatives',
  'rankings.comm.graph.ACTOR': 'actors',
  'rankings.comm.explain':
    'Communities are groups that are more tied among themselves than to the rest (Louvain, fixed seed). A community is a hint, not a fact: another run can split the network a little differently.',
  'rankings.comm.explain.TIE': 'Here: initiatives tied by an amplification or by a shared actor.',
  'rankings.comm.explain.ACTOR': 'Here: actors tied by an influence or by taking part in the same initiative.',
  'rankings.comm.count': 'communities',
  'rankings.comm.countHint': 'in {n} {unit}',
  'rankings.comm.modularity': 'modularity',
  'rankings.comm.q.strong': 'strong structure: far more ties within the groups than between them',
  'rankings.comm.q.clear': 'clear structure: more ties within the groups than between them',
  'rankings.comm.q.weak': 'weak structure: the groups are hardly more tied within than between',
  'rankings.comm.largest': 'largest community',
  'rankings.comm.largestHint': '{share} of the {unit}',
  'rankings.comm.unit.TIE': 'initiatives',
  'rankings.comm.unit.ACTOR': 'actors',
  'rankings.comm.name': 'Community {n}',
  'rankings.comm.colour': 'Colour the network by community',
  'rankings.comm.colourHint':
    'The explorer colours initiatives by these communities of the initiative ties; the 10 largest get their own colour, the rest share one.',
  'rankings.comm.colourActorHint':
    'The explorer colours initiatives by the communities of the initiative ties: switch to “initiatives” to see those.',
  'rankings.comm.chart': 'Sizes of the {n} largest communities ({unit})',
} as const;

export const nl: Record<keyof typeof en, string> = {
  'rankings.title': 'Ranglijsten en gemeenschappen',
  'rankings.intro':
    'Wie en wat het netwerk bijeenhoudt: de actoren en initiatieven die het hoogst scoren op een maat, de makelaars tussen regio’s en thema’s, en de gemeenschappen waarin het netwerk uiteenvalt.',
  'rankings.tabs': 'Ranglijsten',
  'rankings.tab.actors': 'Actoren',
  'rankings.tab.initiatives': 'Initiatieven',
  'rankings.tab.brokers': 'Makelaars',
  'rankings.tab.communities': 'Gemeenschappen',
  'rankings.measure': 'Maat',
  'rankings.measure.DEGREE': 'Graad',
  'rankings.measure.PAGERANK': 'PageRank',
  'rankings.measure.BETWEENNESS': 'Tussenpositie',
  'rankings.measure.CLOSENESS': 'Nabijheid',
  'rankings.explain.actors.DEGREE':
    'Graad: met hoeveel andere actoren deze actor verbonden is, door invloed of door mee te doen aan hetzelfde initiatief.',
  'rankings.explain.actors.PAGERANK':
    'PageRank: hoeveel invloed deze actor bereikt langs de vastgelegde invloedslijnen, gewogen; de scores van alle actoren tellen op tot 1. Een actor zonder invloedslijnen krijgt alleen het basisaandeel.',
  'rankings.explain.actors.BETWEENNESS':
    'Tussenpositie: het aandeel van de kortste paden tussen twee andere actoren dat via deze actor loopt (0–1). Hoog: een verbinder tussen delen van het netwerk.',
  'rankings.explain.actors.CLOSENESS':
    'Nabijheid: in hoe weinig stappen deze actor alle actoren bereikt die hij kan bereiken (0–1). Hoog: dicht bij iedereen.',
  'rankings.explain.initiatives.DEGREE':
    'Graad: met hoeveel andere initiatieven dit initiatief verbonden is, door een versterking of door een actor die bij beide betrokken is.',
  'rankings.explain.initiatives.PAGERANK':
    'PageRank: verbonden met initiatieven die zelf goed verbonden zijn (dezelfde berekening als voor actoren, op de verbindingen tussen initiatieven, ongewogen); de scores tellen op tot 1.',
  'rankings.explain.initiatives.BETWEENNESS':
    'Tussenpositie: het aandeel van de kortste paden tussen twee andere initiatieven dat via dit initiatief loopt (0–1). Hoog: een brug tussen delen van het netwerk.',
  'rankings.explain.initiatives.CLOSENESS':
    'Nabijheid: in hoe weinig stappen dit initiatief alle initiatieven bereikt die het kan bereiken (0–1). Hoog: dicht bij iedereen.',
  'rankings.exact': 'Exacte scores.',
  'rankings.sampled':
    'Geschat, niet exact: het netwerk is te groot om {measure} in een paar seconden exact te berekenen, dus de scores komen uit {n} steekproefpunten (vaste seed: dezelfde data geeft hetzelfde antwoord). Naburige plaatsen kunnen wisselen.',
  'rankings.top': 'Toon de top',
  'rankings.topOption': 'top {n}',
  'rankings.sortedNote': 'De top {n} volgens de ranglijst van de API; klik op een kolomkop om ze te sorteren.',
  'rankings.col.rank': 'Plaats',
  'rankings.col.name': 'Naam',
  'rankings.col.kind': 'Soort',
  'rankings.col.region': 'Regio',
  'rankings.col.themes': 'Thema’s',
  'rankings.col.score': 'Score',
  'rankings.col.regions': 'Regio’s',
  'rankings.col.initiatives': 'Initiatieven',
  'rankings.col.community': 'Gemeenschap',
  'rankings.col.size': 'Grootte',
  'rankings.col.share': 'Aandeel',
  'rankings.col.explorer': 'In de verkenner',
  'rankings.sortBy': 'Sorteer op {column}',
  'rankings.show': 'Toon in de verkenner',
  'rankings.showNamed': 'Toon {name} in de verkenner',
  'rankings.loading': 'De ranglijst wordt berekend…',
  'rankings.error': 'De ranglijst kon niet worden geladen',
  'rankings.retry': 'Opnieuw proberen',
  'rankings.empty.actors': 'Nog geen actoren in het netwerk: importeer actoren en hun betrokkenheid op de pagina Data.',
  'rankings.empty.initiatives': 'Nog geen initiatieven in het netwerk: importeer ze op de pagina Data.',
  'rankings.empty.brokers':
    'Geen makelaars: geen actor doet mee aan initiatieven in twee of meer regio’s of thema’s. Betrokkenheid over regio’s heen vastleggen levert makelaars op.',
  'rankings.empty.communities': 'Geen gemeenschappen: dit netwerk heeft hier nog geen knopen.',
  'rankings.brokers.explain':
    'Makelaars zijn actoren van wie de initiatieven minstens twee regio’s of twee thema’s beslaan: zij kunnen wat werkt van de ene plek of het ene thema naar het andere brengen. Gerangschikt op regio’s plus thema’s, dan op initiatieven.',
  'rankings.comm.graph': 'Gemeenschappen van',
  'rankings.comm.graph.TIE': 'initiatieven',
  'rankings.comm.graph.ACTOR': 'actoren',
  'rankings.comm.explain':
    'Gemeenschappen zijn groepen die onderling sterker verbonden zijn dan met de rest (Louvain, vaste seed). Een gemeenschap is een aanwijzing, geen feit: een andere berekening kan het netwerk iets anders verdelen.',
  'rankings.comm.explain.TIE': 'Hier: initiatieven verbonden door een versterking of een gedeelde actor.',
  'rankings.comm.explain.ACTOR': 'Hier: actoren verbonden door invloed of door mee te doen aan hetzelfde initiatief.',
  'rankings.comm.count': 'gemeenschappen',
  'rankings.comm.countHint': 'in {n} {unit}',
  'rankings.comm.modularity': 'modulariteit',
  'rankings.comm.q.strong': 'sterke structuur: veel meer verbindingen binnen de groepen dan ertussen',
  'rankings.comm.q.clear': 'duidelijke structuur: meer verbindingen binnen de groepen dan ertussen',
  'rankings.comm.q.weak': 'zwakke structuur: de groepen zijn binnen nauwelijks sterker verbonden dan ertussen',
  'rankings.comm.largest': 'grootste gemeenschap',
  'rankings.comm.largestHint': '{share} van de {unit}',
  'rankings.comm.unit.TIE': 'initiatieven',
  'rankings.comm.unit.ACTOR': 'actoren',
  'rankings.comm.name': 'Gemeenschap {n}',
  'rankings.comm.colour': 'Kleur het netwerk naar gemeenschap',
  'rankings.comm.colourHint':
    'De verkenner kleurt initiatieven naar deze gemeenschappen van de verbindingen tussen initiatieven; de 10 grootste krijgen een eigen kleur, de rest deelt er één.',
  'rankings.comm.colourActorHint':
    'De verkenner kleurt initiatieven naar de gemeenschappen van de verbindingen tussen initiatieven: kies “initiatieven” om die te zien.',
  'rankings.comm.chart': 'Grootte van de {n} grootste gemeenschappen ({unit})',
};
