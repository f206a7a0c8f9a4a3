/** The interface's own words in each language the library speaks. Content comes from the data. */
export const LANGUAGES = ['en', 'nl', 'fr', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

const en = {
  timelineLabel: 'Policy timeline',
  timelineHelp:
    'Use the left and right arrow keys to move from event to event, Enter to open one, plus and minus to zoom, Home and End for the first and last event, Escape to close the details.',
  keyPolicies: 'Key policies',
  otherEvents: 'Other events',
  showAll: 'Show all',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Show the whole period',
  close: 'Close',
  loading: 'Loading the data…',
  empty: 'This dataset has no events to show.',
  noData: 'Nothing can be shown.',
  problemsTitle: (count: number) => (count === 1 ? '1 problem in the data' : `${count} problems in the data`),
  problemsMore: (count: number) => `and ${count} more (see the data-error event for all)`,
  unverified: 'Unverified',
  unverifiedNote: 'No source confirms this fact yet.',
  officialTitle: 'Official title',
  date: 'Date',
  level: 'Level',
  actor: 'Actor',
  kind: 'Type',
  keyPolicy: 'Key policy',
  touchesGovernments: 'Governments involved',
  touchesParts: 'Touches',
  sources: 'Sources',
  eventCount: (count: number) => (count === 1 ? '1 event' : `${count} events`),
  focused: (title: string, date: string, level: string) => `${title}, ${date}, ${level}`,
  kinds: {
    policy: 'Policy',
    plan: 'Plan',
    reform: 'Reform',
    report: 'Report',
    pilot: 'Pilot',
    law: 'Law',
    study: 'Study',
    milestone: 'Milestone',
    agreement: 'Agreement',
  } as Record<string, string>,
};
export type Strings = typeof en;

const nl: Strings = {
  timelineLabel: 'Beleidstijdlijn',
  timelineHelp:
    'Gebruik de pijltjestoetsen links en rechts om van gebeurtenis naar gebeurtenis te gaan, Enter om er een te openen, plus en min om te zoomen, Home en End voor de eerste en laatste gebeurtenis, Escape om de details te sluiten.',
  keyPolicies: 'Kernbeleid',
  otherEvents: 'Andere gebeurtenissen',
  showAll: 'Alles tonen',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  fitAll: 'Hele periode tonen',
  close: 'Sluiten',
  loading: 'Gegevens laden…',
  empty: 'Deze dataset bevat geen gebeurtenissen.',
  noData: 'Er kan niets getoond worden.',
  problemsTitle: (count) => (count === 1 ? '1 probleem in de gegevens' : `${count} problemen in de gegevens`),
  problemsMore: (count) => `en nog ${count} (zie het data-error-event voor alle)`,
  unverified: 'Niet geverifieerd',
  unverifiedNote: 'Geen bron bevestigt dit feit tot nu toe.',
  officialTitle: 'Officiële titel',
  date: 'Datum',
  level: 'Niveau',
  actor: 'Actor',
  kind: 'Soort',
  keyPolicy: 'Kernbeleid',
  touchesGovernments: 'Betrokken overheden',
  touchesParts: 'Raakt aan',
  sources: 'Bronnen',
  eventCount: (count) => (count === 1 ? '1 gebeurtenis' : `${count} gebeurtenissen`),
  focused: (title, date, level) => `${title}, ${date}, ${level}`,
  kinds: {
    policy: 'Beleid',
    plan: 'Plan',
    reform: 'Hervorming',
    report: 'Rapport',
    pilot: 'Proefproject',
    law: 'Regelgeving',
    study: 'Studie',
    milestone: 'Mijlpaal',
    agreement: 'Akkoord',
  },
};

const fr: Strings = {
  timelineLabel: 'Chronologie des politiques',
  timelineHelp:
    'Utilisez les flèches gauche et droite pour passer d’un événement à l’autre, Entrée pour en ouvrir un, plus et moins pour zoomer, Début et Fin pour le premier et le dernier événement, Échap pour fermer les détails.',
  keyPolicies: 'Politiques clés',
  otherEvents: 'Autres événements',
  showAll: 'Tout afficher',
  zoomIn: 'Zoomer',
  zoomOut: 'Dézoomer',
  fitAll: 'Afficher toute la période',
  close: 'Fermer',
  loading: 'Chargement des données…',
  empty: 'Ce jeu de données ne contient aucun événement.',
  noData: 'Rien ne peut être affiché.',
  problemsTitle: (count) => (count === 1 ? '1 problème dans les données' : `${count} problèmes dans les données`),
  problemsMore: (count) => `et ${count} autres (voir l’événement data-error pour la liste complète)`,
  unverified: 'Non vérifié',
  unverifiedNote: 'Aucune source ne confirme encore ce fait.',
  officialTitle: 'Titre officiel',
  date: 'Date',
  level: 'Niveau',
  actor: 'Acteur',
  kind: 'Type',
  keyPolicy: 'Politique clé',
  touchesGovernments: 'Gouvernements concernés',
  touchesParts: 'Concerne',
  sources: 'Sources',
  eventCount: (count) => (count === 1 ? '1 événement' : `${count} événements`),
  focused: (title, date, level) => `${title}, ${date}, ${level}`,
  kinds: {
    policy: 'Politique',
    plan: 'Plan',
    reform: 'Réforme',
    report: 'Rapport',
    pilot: 'Projet pilote',
    law: 'Texte légal',
    study: 'Étude',
    milestone: 'Jalon',
    agreement: 'Accord',
  },
};

const de: Strings = {
  timelineLabel: 'Zeitleiste der Politik',
  timelineHelp:
    'Mit den Pfeiltasten links und rechts von Ereignis zu Ereignis wechseln, mit Eingabe eines öffnen, mit Plus und Minus zoomen, mit Pos1 und Ende zum ersten und letzten Ereignis, mit Escape die Details schließen.',
  keyPolicies: 'Schlüsselpolitiken',
  otherEvents: 'Andere Ereignisse',
  showAll: 'Alle zeigen',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  fitAll: 'Ganzen Zeitraum zeigen',
  close: 'Schließen',
  loading: 'Daten werden geladen…',
  empty: 'Dieser Datensatz enthält keine Ereignisse.',
  noData: 'Es kann nichts angezeigt werden.',
  problemsTitle: (count) => (count === 1 ? '1 Problem in den Daten' : `${count} Probleme in den Daten`),
  problemsMore: (count) => `und ${count} weitere (alle im Ereignis data-error)`,
  unverified: 'Nicht bestätigt',
  unverifiedNote: 'Bisher bestätigt keine Quelle diese Angabe.',
  officialTitle: 'Amtlicher Titel',
  date: 'Datum',
  level: 'Ebene',
  actor: 'Akteur',
  kind: 'Art',
  keyPolicy: 'Schlüsselpolitik',
  touchesGovernments: 'Beteiligte Regierungen',
  touchesParts: 'Betrifft',
  sources: 'Quellen',
  eventCount: (count) => (count === 1 ? '1 Ereignis' : `${count} Ereignisse`),
  focused: (title, date, level) => `${title}, ${date}, ${level}`,
  kinds: {
    policy: 'Politik',
    plan: 'Plan',
    reform: 'Reform',
    report: 'Bericht',
    pilot: 'Pilotprojekt',
    law: 'Rechtstext',
    study: 'Studie',
    milestone: 'Meilenstein',
    agreement: 'Abkommen',
  },
};

const catalogue: Record<Language, Strings> = { en, nl, fr, de };

/** The supported language nearest to a BCP 47 tag (`nl-BE` -> `nl`); English otherwise. */
export function resolveLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').toLowerCase().split('-')[0];
  return (LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as Language) : 'en';
}

export function stringsFor(language: Language): Strings {
  return catalogue[language];
}
