import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';

export const ACTOR_TYPES = ['country', 'organisation', 'person', 'group'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** Someone who acts or is acted upon; a person acts for a country, so their acts count as its acts. */
export interface Actor {
  readonly code: string;
  readonly name: string;
  readonly type: ActorType;
  /** The country a person or group acts for; null for countries and organisations. */
  readonly country: string | null;
}

countries.registerLocale(english);

const COUNTRIES: Actor[] = Object.keys(countries.getAlpha3Codes()).map((code) => ({
  code,
  name: countries.getName(code, 'en') ?? code,
  type: 'country',
  country: null,
}));

/** CAMEO's codes for the international organisations that come up most. */
const ORGANISATIONS: [string, string][] = [
  ['NATO', 'North Atlantic Treaty Organization'],
  ['EU', 'European Union'],
  ['UN', 'United Nations'],
  ['AU', 'African Union'],
  ['ASEAN', 'Association of Southeast Asian Nations'],
  ['OSCE', 'Organization for Security and Co-operation in Europe'],
  ['IAEA', 'International Atomic Energy Agency'],
  ['ICC', 'International Criminal Court'],
  ['ICRC', 'International Committee of the Red Cross'],
  ['IMF', 'International Monetary Fund'],
  ['WB', 'World Bank'],
  ['G7', 'Group of Seven'],
  ['G20', 'Group of Twenty'],
  ['BRICS', 'BRICS'],
  ['CSTO', 'Collective Security Treaty Organization'],
  ['SCO', 'Shanghai Cooperation Organisation'],
  ['ARL', 'Arab League'],
  ['GCC', 'Gulf Cooperation Council'],
  ['OPEC', 'Organization of the Petroleum Exporting Countries'],
  ['COE', 'Council of Europe'],
];

const PEOPLE: [string, string, string][] = [
  ['PUTIN', 'Vladimir Putin', 'RUS'],
  ['PESKOV', 'Dmitry Peskov', 'RUS'],
  ['LAVROV', 'Sergey Lavrov', 'RUS'],
  ['MEDINSKY', 'Vladimir Medinsky', 'RUS'],
  ['ZELENSKY', 'Volodymyr Zelensky', 'UKR'],
  ['SYBIHA', 'Andrii Sybiha', 'UKR'],
  ['UMEROV', 'Rustem Umerov', 'UKR'],
  ['TRUMP', 'Donald Trump', 'USA'],
  ['RUBIO', 'Marco Rubio', 'USA'],
  ['WITKOFF', 'Steve Witkoff', 'USA'],
  ['MERZ', 'Friedrich Merz', 'DEU'],
  ['STARMER', 'Keir Starmer', 'GBR'],
  ['MACRON', 'Emmanuel Macron', 'FRA'],
  ['ERDOGAN', 'Recep Tayyip Erdogan', 'TUR'],
  ['FIDAN', 'Hakan Fidan', 'TUR'],
  ['XI', 'Xi Jinping', 'CHN'],
];

/** When nobody has claimed an act or been named for it (the two bridges). */
const UNIDENTIFIED: Actor = { code: 'UNKNOWN', name: 'Unidentified perpetrator', type: 'group', country: null };

export const BUILT_IN_ACTORS: ReadonlyMap<string, Actor> = new Map(
  [
    ...COUNTRIES,
    ...ORGANISATIONS.map(([code, name]): Actor => ({ code, name, type: 'organisation', country: null })),
    ...PEOPLE.map(([code, name, country]): Actor => ({ code, name, type: 'person', country })),
    UNIDENTIFIED,
  ].map((actor) => [actor.code, actor]),
);

export const builtInActor = (code: string): Actor | null => BUILT_IN_ACTORS.get(code) ?? null;

export const UNKNOWN_ACTOR = UNIDENTIFIED.code;

/** The actor whose act it is: a person's country, otherwise the actor itself. */
export const actingFor = (actor: Actor): string => (actor.type === 'person' && actor.country ? actor.country : actor.code);
