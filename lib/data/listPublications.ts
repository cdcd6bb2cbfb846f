import { getPayloadClient } from './getPayloadClient'

export type PublicationSummary = {
  domains: string[]
  guides: { id: number | string; slug: string; title: string }[]
  id: number | string
  name: string
}

/** Tenants with their published guides in one locale, read as an anonymous reader would. */
export const listPublications = async ({
  locale,
}: {
  locale: 'en'
}): Promise<PublicationSummary[]> => {
  const payload = await getPayloadClient()
  const { docs: tenants } = await payload.find({
    collection: 'tenants',
    depth: 0,
    limit: 100,
    locale,
    overrideAccess: false,
    sort: 'name',
  })
  return Promise.all(
    tenants.map(async (tenant) => {
      const { docs: guides } = await payload.find({
        collection: 'guides',
        depth: 0,
        limit: 50,
        locale,
        overrideAccess: false,
        select: { slug: true, title: true },
        sort: 'title',
        where: { tenant: { equals: tenant.id } },
      })
      return {
        domains: tenant.domains ?? [],
        guides: guides.map((guide) => ({ id: guide.id, slug: guide.slug, title: guide.title })),
        id: tenant.id,
        name: tenant.name,
      }
    }),
  )
}
