/**
 * Malformed and hostile requests for the API, shared by the integration suite (which calls
 * Payload's route handlers on a fresh database) and the end-to-end security suite (which sends
 * them to the production server). Every one must be answered below 500.
 */

/** Paths through each collection's fields: plain, localized, nested, through relations, unknown. */
const pathsByCollection: Record<string, string[]> = {
  carriers: ['name', 'country', 'country.code', 'mccMnc', 'esim', 'id'],
  countries: ['code', 'name', 'callingCode', 'mobileCountryCodes', 'id'],
  glossary: ['term', 'tenant', 'tenant.slug', 'id'],
  guides: [
    'id',
    'title',
    'slug',
    'summary',
    'tenant',
    'tenant.domains',
    'tenant.slug',
    'country',
    'country.name',
    'carriers',
    'carriers.mccMnc',
    'topic',
    'featured',
    'editRevision',
    'updatedAt',
    'lastVerified',
    '_status',
    'steps',
    'steps.title',
    'sources.url',
    'body',
    'meta.title',
    'nope',
    'title.en',
    'tenant.domains.x',
    'country.tenant.name',
  ],
  media: ['filename', 'alt', 'filesize', 'sizes.card.filename', 'focalX', 'tenant'],
  'scheduled-publications': ['guide', 'guide.title', 'runAt', 'state', 'scheduledBy'],
  tenants: ['slug', 'domains', 'defaultLocale', 'enabledLocales', 'id'],
  users: ['email', 'roles', 'tenants.tenant', 'tenants.role'],
}

const operators = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
  'bogus',
]

/** Values a careless or hostile client sends: words for numbers and dates, lists, nothing. */
const values = ['abc', '1,2', "-1.5e308' OR 1=1 --", '']

const encode = (value: string) => encodeURIComponent(value)

export type RESTProbe = {
  method: 'GET' | 'PATCH' | 'DELETE' | 'POST'
  path: string
  body?: unknown
}

/** `where` on every path with every operator and value (about 4,000 requests). */
export const whereProbes = (): RESTProbe[] =>
  Object.entries(pathsByCollection).flatMap(([collection, paths]) =>
    paths.flatMap((path) =>
      operators.flatMap((operator) =>
        values.map((value) => ({
          method: 'GET' as const,
          path: `/${collection}?depth=0&limit=1&where[${path}][${operator}]=${encode(value)}`,
        })),
      ),
    ),
  )

/** Broken shapes: nesting, missing operators, odd parameters, bad IDs, other methods. */
export const shapeProbes = (): RESTProbe[] => {
  const deepOr = Array.from({ length: 12 }, () => '[or][0]').join('')
  const paths = [
    '/guides?where[title]=1',
    '/guides?where=abc',
    '/guides?where[]=1',
    '/guides?where[title][equals][nested]=1',
    '/guides?where[title][in][a][b]=1',
    '/guides?where[or]=abc',
    '/guides?where[and][0]=abc',
    `/guides?where${deepOr}[title][equals]=a`,
    '/guides?where[title][exists]=maybe',
    '/guides?limit=-1',
    '/guides?limit=abc',
    '/guides?limit=100000',
    '/guides?page=0',
    '/guides?page=abc',
    '/guides?depth=-1',
    '/guides?depth=100',
    '/guides?sort=nope',
    '/guides?sort=-',
    '/guides?locale=xx',
    '/guides?locale=all&fallback-locale=xx',
    '/guides?draft=maybe',
    '/guides?select[nope]=true',
    '/guides?populate[nope]=true',
    '/guides?joins[scheduledChanges][limit]=abc',
    '/guides?trash=true',
    '/guides/abc',
    '/guides/-1',
    '/guides/1e9',
    '/guides/99999999999999999999',
    '/guides/%00',
    '/guides/versions?where[version.title][near]=1',
    '/guides/versions?where[parent][equals]=abc',
    '/guides/versions/abc',
    '/guides/1/translations',
    '/guides/abc/translations',
    '/media/file/missing.png',
    '/media/file/..%2F..%2Fpackage.json',
    '/users/me',
    '/users/abc',
    '/tenants?where[domains][like]=a',
    '/payload-jobs?where[id][equals]=abc',
    '/payload-preferences/abc',
  ].map((path) => ({ method: 'GET' as const, path }))
  return [
    ...paths,
    { method: 'POST', path: '/users/verify/abc' },
    { method: 'POST', path: '/users/login', body: { email: ['a'], password: { x: 1 } } },
    { method: 'POST', path: '/users/login', body: 'not json' },
    { method: 'POST', path: '/users/forgot-password', body: { email: 'nobody@nowhere.test' } },
    { method: 'POST', path: '/users/reset-password', body: { password: 'x', token: 'abc' } },
    { method: 'POST', path: '/users/unlock', body: { email: 'nobody@nowhere.test' } },
    { method: 'POST', path: '/users/refresh-token' },
    { method: 'POST', path: '/guides', body: { title: { nested: true } } },
    { method: 'POST', path: '/guides/1/translations/xx/save', body: {} },
    { method: 'PATCH', path: '/guides/abc', body: { title: 'x' } },
    { method: 'PATCH', path: '/guides?where[title][near]=1', body: { title: 'x' } },
    { method: 'DELETE', path: '/guides?where[tenant][equals]=abc' },
    { method: 'DELETE', path: '/guides/abc' },
  ]
}

/** GraphQL requests: fragment cycles, depth, aliases, wrong argument types, broken syntax. */
export const graphQLProbes = (): string[] => {
  const aliases = Array.from(
    { length: 200 },
    (_, index) => `a${index}: Guides(limit: 100) { docs { id title } }`,
  ).join(' ')
  const deep = `{ Guides { docs { ${'carriers { country { '.repeat(6)} id ${'} } '.repeat(6)} } } }`
  return [
    'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
    'query { ...A } fragment A on Query { ...A }',
    `{ ${aliases} }`,
    deep,
    '{ Guides(where: { id: { equals: "abc" } }) { docs { id } } }',
    '{ Guides(where: { title: { near: "1,2" } }) { docs { id } } }',
    '{ Guides(where: { tenant: { equals: "abc" } }) { docs { id } } }',
    '{ Guides(limit: -1, page: 0) { docs { id } } }',
    '{ Guide(id: "abc") { id } }',
    '{ Guide(id: 1, draft: true, locale: zh_Hans) { summary } }',
    '{ Guides { docs { nope } } }',
    '{ Guides(',
    '',
    'mutation { createGuide(data: {}) { id } }',
    'mutation { updateUser(id: 1, data: { roles: super_admin }) { id } }',
    '{ __schema { types { name } } }',
    '{ Users { docs { email hash salt } } }',
  ]
}
