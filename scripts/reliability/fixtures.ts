import { demoPassword } from '@/seed/demoAccounts'
import { messageOf, type Api, type Auth } from './api'

export type ID = number | string

/** One person writing one locale, through their own session. */
export type Writer = { auth: Auth; email: string; isDraft: boolean; locale: string }

export type Fixtures = {
  conflictGuide: ID
  editors: [Auth, Auth]
  /** Each writer's own guide, in the order of `writers`. */
  ownGuides: ID[]
  scheduledGuides: ID[]
  sharedGuides: ID[]
  superAdmin: Auth
  tenant: ID
  writers: Writer[]
}

export const guideLocales = ['en', 'zh-Hans', 'zh-Hant', 'ur'] as const

/** The stored value a writer's edit number is read back from: `<guide>/<locale>/<edit>`. */
export const summaryFor = (guide: ID, locale: string, edit: number) => `${guide}/${locale}/${edit}`

export const editOf = (summary: unknown): number =>
  typeof summary === 'string' ? Number(summary.split('/').pop()) : -1

export const titlePrefix = 'Reliability check'

const expectStatus = (reply: { body: Record<string, unknown>; status: number }, what: string) => {
  if (reply.status >= 300) throw new Error(`${what}: ${reply.status} ${messageOf(reply)}`)
  return reply.body
}

/**
 * People and guides of the demo publication "asia": an editor and the tenant admin publish en and
 * zh-Hans, the translator saves drafts of zh-Hant and ur. Every guide starts with edit 0 in every
 * locale, published.
 */
export const createFixtures = async (api: Api): Promise<Fixtures> => {
  const password = demoPassword()
  const superAdmin = await api.login('admin@roampress.test', password)
  const editor = await api.login('editor@asia.test', password)
  const tenantAdmin = await api.login('admin@asia.test', password)
  const translator = await api.login('translator@asia.test', password)

  const find = async (collection: string, slug: string): Promise<ID> => {
    const body = expectStatus(
      await api.call('GET', `/api/${collection}?where[slug][equals]=${slug}&depth=0`, superAdmin),
      `find ${collection} ${slug}`,
    )
    return (body.docs as { id: ID }[])[0].id
  }
  const tenant = await find('tenants', 'asia')
  const country = await find('countries', 'pakistan')

  let count = 0
  const createGuide = async (label: string): Promise<ID> => {
    count += 1
    const title = `${titlePrefix} ${count} ${label}`
    const created = expectStatus(
      await api.call('POST', '/api/guides?locale=en&depth=0', editor, {
        _status: 'published',
        country,
        simKind: 'esim',
        slug: '',
        tenant,
        title,
        topic: 'activate',
      }),
      `create guide ${label}`,
    )
    const id = (created.doc as { id: ID }).id
    for (const locale of guideLocales) {
      expectStatus(
        await api.call('PATCH', `/api/guides/${id}?locale=${locale}&depth=0`, editor, {
          _status: 'published',
          summary: summaryFor(id, locale, 0),
          title: `${title} ${locale}`,
        }),
        `publish ${label} in ${locale}`,
      )
    }
    return id
  }

  const writers: Writer[] = [
    { auth: editor, email: 'editor@asia.test', isDraft: false, locale: 'en' },
    { auth: tenantAdmin, email: 'admin@asia.test', isDraft: false, locale: 'zh-Hans' },
    { auth: translator, email: 'translator@asia.test', isDraft: true, locale: 'zh-Hant' },
    { auth: translator, email: 'translator@asia.test', isDraft: true, locale: 'ur' },
  ]
  const sharedGuides = [await createGuide('shared'), await createGuide('shared')]
  sharedGuides.push(await createGuide('shared'))
  const ownGuides: ID[] = []
  for (const writer of writers) ownGuides.push(await createGuide(`own ${writer.locale}`))

  const scheduledGuides: ID[] = []
  for (const locale of ['en', 'zh-Hans']) {
    const id = await createGuide(`scheduled ${locale}`)
    expectStatus(
      await api.call('PATCH', `/api/guides/${id}?locale=${locale}&depth=0`, editor, {
        _status: 'draft',
      }),
      `unpublish scheduled guide ${locale}`,
    )
    scheduledGuides.push(id)
  }

  return {
    conflictGuide: await createGuide('conflict'),
    editors: [editor, tenantAdmin],
    ownGuides,
    scheduledGuides,
    sharedGuides,
    superAdmin,
    tenant,
    writers,
  }
}

/** Schedules the publication of each scheduled guide's locale at `runAt`. */
export const scheduleChanges = async (api: Api, fixtures: Fixtures, runAt: Date) => {
  const ids: ID[] = []
  for (const [index, guide] of fixtures.scheduledGuides.entries()) {
    const body = expectStatus(
      await api.call('POST', '/api/scheduled-publications?depth=0', fixtures.editors[0], {
        action: 'publish',
        guide,
        locale: index === 0 ? 'en' : 'zh-Hans',
        runAt: runAt.toISOString(),
        tenant: fixtures.tenant,
      }),
      'schedule a change',
    )
    ids.push((body.doc as { id: ID }).id)
  }
  return ids
}
