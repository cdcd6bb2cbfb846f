/**
 * Reader-site UI strings, English. This catalogue is the source of truth for the shape of every
 * other locale: `Messages` is derived from it, so a key missing from a translation fails the type
 * check. Placeholders use `{name}` and are filled by `format()` in `i18n/messages.ts`; every
 * translation must keep the same placeholders as the English string.
 *
 * Dates are not here: callers format them with `Intl.DateTimeFormat` and pass the result in.
 */
export const en = {
  site: {
    pagination: 'Pages',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    previewBanner: 'Preview: you are seeing the latest draft.',
    exitPreview: 'Leave preview',
    breadcrumb: 'Breadcrumb',
    skipToContent: 'Skip to content',
    home: 'Home',
    search: 'Search',
    searchPlaceholder: 'Search guides',
    searchButton: 'Search',
    languageSwitcherLabel: 'Language',
    availableIn: 'Also available in',
    footerNote:
      'Independent guides to SIM cards and eSIMs. Always confirm prices with the carrier.',
    poweredBy: 'Powered by Roampress',
  },
  home: {
    latestGuides: 'Latest guides',
    featuredGuides: 'Featured guides',
    countries: 'Countries',
    browseByTopic: 'Browse by topic',
    noGuides: 'No guides have been published yet.',
  },
  guide: {
    steps: 'Steps',
    faq: 'Frequently asked questions',
    lastVerified: 'Last verified {date}',
    reviewOverdue:
      'These steps were last checked a while ago: check the details with the carrier before you rely on them.',
    sources: 'Sources',
    carriers: 'Carriers',
    relatedGuides: 'Related guides',
    simKind: 'SIM type',
    topic: 'Topic',
    country: 'Country',
    updated: 'Updated',
    breadcrumbGuides: 'Guides',
    esimSupported: 'eSIM supported',
    esimNotSupported: 'eSIM not supported',
    onThisPage: 'On this page',
  },
  /** One label per guide topic; look them up by slug with `topicLabel()`. */
  topics: {
    activate: 'Activate',
    topUp: 'Top up',
    checkBalance: 'Check balance',
    cancel: 'Cancel',
    portNumber: 'Port a number',
    roaming: 'Roaming',
    dataPlans: 'Data plans',
  },
  /** One label per SIM kind; look them up with `simKindLabel()`. */
  simKinds: {
    physical: 'Physical SIM',
    esim: 'eSIM',
    both: 'Physical SIM or eSIM',
  },
  country: {
    carriersHeading: 'Mobile carriers',
    guidesByTopic: 'Guides by topic',
    callingCode: 'Calling code',
    mobileCountryCodes: 'Mobile country codes',
    networkCodes: 'MCC-MNC',
    networks: 'Networks',
    esimColumn: 'eSIM',
  },
  carrier: {
    formerNames: 'Formerly {names}',
    website: 'Website',
    guidesHeading: 'Guides for this carrier',
    country: 'Country',
  },
  search: {
    title: 'Search',
    resultsFor: 'Results for “{query}”',
    /** Pick the form with `resultCountLabel()`, never by hand. */
    resultCount: {
      one: '{count} result',
      other: '{count} results',
    },
    noResults: 'No guides match your search. Try another word or a carrier name.',
    emptyQuery: 'Type a word to search the guides.',
  },
  notFound: {
    title: 'Page not found',
    body: 'The page you were looking for does not exist or has moved.',
    backHome: 'Back to the home page',
  },
  unknownSite: {
    title: 'No publication at this address',
    body: 'There is no Roampress publication at this web address. Check the address, or choose one of the publications below.',
    publicationsHeading: 'Publications',
  },
  feed: {
    title: '{site}: latest guides',
  },
}

/** Same shape as `T`, with every string leaf widened to `string` so translations can differ. */
type DeepString<T> = {
  [K in keyof T]: T[K] extends string ? string : DeepString<T[K]>
}

export type Messages = DeepString<typeof en>
