/**
 * Every cache tag the reader site uses, built in one place: data getters attach them and the
 * collections' revalidation hooks expire them. Tags name documents and tenants, never paths, so
 * one expiry covers a page in every locale.
 */
type ID = number | string

export const cacheTags = {
  /** Host-to-tenant routing table and tenant branding. */
  tenants: () => 'tenants',
  /**
   * Marks a page built for a host that a tenant registered (never expired by itself): the page
   * cache keeps only pages that carry the marker of the host they were requested on.
   */
  servedHost: (host: string) => `host:${host}`,
  /** One guide's content, shown on its own page in every locale. */
  guide: (guideID: ID) => `guide:${guideID}`,
  /** Which guide a slug names in one tenant and locale (also a cached "not found"). */
  guideSlug: (tenantID: ID, locale: string, slug: string) =>
    `guide-slug:${tenantID}:${locale}:${encodeURIComponent(slug)}`.slice(0, 256),
  /** Tenant-wide guide listings: home, topics, search, sitemap and feeds. */
  tenantGuides: (tenantID: ID) => `guides:${tenantID}`,
  /** Guides of one country in a tenant: the country hub and related guides. */
  countryGuides: (tenantID: ID, countryID: ID) => `guides:${tenantID}:country:${countryID}`,
  /** Guides naming one carrier in a tenant: the carrier page. */
  carrierGuides: (tenantID: ID, carrierID: ID) => `guides:${tenantID}:carrier:${carrierID}`,
  /** The list of countries (names, slugs, codes) used by home pages and slug look-ups. */
  countries: () => 'countries',
  /** One country's details: its hub and the guide pages about it. */
  country: (countryID: ID) => `country:${countryID}`,
  /** Carrier slug look-ups. */
  carriers: () => 'carriers',
  /** One carrier's details: its page and the guide pages naming it. */
  carrier: (carrierID: ID) => `carrier:${carrierID}`,
  /** One uploaded image: the guide pages that use it as their social card. */
  media: (mediaID: ID) => `media:${mediaID}`,
  /** A publication's redirects from old addresses. */
  redirects: (tenantID: ID) => `redirects:${tenantID}`,
  /** The carriers of one country, listed on its hub. */
  countryCarriers: (countryID: ID) => `country-carriers:${countryID}`,
}
