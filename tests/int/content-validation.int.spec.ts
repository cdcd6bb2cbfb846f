import type { Payload } from 'payload'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  actingAs,
  createTenantWorld,
  errorOf,
  fieldErrors,
  guideData,
  unique,
  type ID,
  type TenantWorld,
} from '@/tests/helpers/fixtures'
import { startPayload, type TestPayload } from '@/tests/helpers/startPayload'

/**
 * Validation of the content editors write: guide slugs (unique per tenant and locale, made from the
 * title when left empty) and media uploads (alt text required, raster images only). Calls are made
 * as the editor of tenant A unless the rule is about someone else.
 */

let app: TestPayload
let payload: Payload
let world: TenantWorld
let png: Buffer

beforeAll(async () => {
  app = await startPayload()
  payload = app.payload
  world = await createTenantWorld(payload)
  png = await sharp({ create: { background: '#fff', channels: 3, height: 8, width: 8 } })
    .png()
    .toBuffer()
})

afterAll(async () => app?.stop())

const guidesWithSlug = async (slug: string, tenant: ID, locale: 'en' | 'zh-Hant' = 'en') =>
  (
    await payload.count({
      collection: 'guides',
      locale,
      where: { and: [{ slug: { equals: slug } }, { tenant: { equals: tenant } }] },
    })
  ).totalDocs

const createGuide = (tenant: ID, slug: string, title = unique('Activate a Jazz SIM')) =>
  payload.create({
    collection: 'guides',
    data: guideData({ country: world.country.id, slug, tenant, title }),
    depth: 0,
  })

describe('guide slugs', () => {
  it('should reject a slug another guide of the same tenant uses in the same locale', async () => {
    const slug = unique('activate-jazz')
    await createGuide(world.tenantA.id, slug)
    const error = await errorOf(
      payload.create({
        collection: 'guides',
        data: guideData({ country: world.country.id, slug, tenant: world.tenantA.id }),
        ...actingAs(world.users.editorA),
      }),
    )
    expect(error.status).toBe(400)
    expect(fieldErrors(error)).toEqual([
      {
        message: expect.stringContaining(
          `Another guide of this publication already uses the slug "${slug}" in en`,
        ),
        path: 'slug',
      },
    ])
    expect(await guidesWithSlug(slug, world.tenantA.id)).toBe(1)
  })

  it('should reject a second guide whose title makes the same slug', async () => {
    const title = unique('Port your number to Zong')
    await createGuide(world.tenantA.id, '', title)
    const error = await errorOf(
      payload.create({
        collection: 'guides',
        data: guideData({
          country: world.country.id,
          tenant: world.tenantA.id,
          title: `${title}!`,
        }),
        ...actingAs(world.users.editorA),
      }),
    )
    expect(fieldErrors(error).map(({ path }) => path)).toEqual(['slug'])
    expect(await guidesWithSlug(title.toLowerCase().replace(/\s+/g, '-'), world.tenantA.id)).toBe(1)
  })

  it('should reject renaming a guide’s slug to one its tenant already uses', async () => {
    const taken = unique('top-up-jazz')
    await createGuide(world.tenantA.id, taken)
    const other = await createGuide(world.tenantA.id, unique('top-up-zong'))
    const error = await errorOf(
      payload.update({
        collection: 'guides',
        data: { slug: taken },
        id: other.id,
        ...actingAs(world.users.editorA),
      }),
    )
    expect(fieldErrors(error).map(({ path }) => path)).toEqual(['slug'])
    expect((await payload.findByID({ collection: 'guides', id: other.id })).slug).toBe(other.slug)
  })

  it('should reject a taken slug in a saved draft too', async () => {
    const taken = unique('cancel-jazz')
    await createGuide(world.tenantA.id, taken)
    const error = await errorOf(
      payload.create({
        collection: 'guides',
        data: guideData({ country: world.country.id, slug: taken, tenant: world.tenantA.id }),
        draft: true,
        ...actingAs(world.users.editorA),
      }),
    )
    expect(fieldErrors(error).map(({ path }) => path)).toEqual(['slug'])
    expect(await guidesWithSlug(taken, world.tenantA.id)).toBe(1)
  })

  it('should let a guide keep its own slug when it is saved again', async () => {
    const guide = await createGuide(world.tenantA.id, unique('roaming-jazz'))
    const updated = await payload.update({
      collection: 'guides',
      data: { slug: guide.slug, summary: 'Roaming packages for travellers.' },
      id: guide.id,
      ...actingAs(world.users.editorA),
    })
    expect(updated.slug).toBe(guide.slug)
  })

  it('should allow the same slug in another tenant', async () => {
    const slug = unique('check-balance-jazz')
    await createGuide(world.tenantA.id, slug)
    const inB = await payload.create({
      collection: 'guides',
      data: guideData({ country: world.country.id, slug, tenant: world.tenantB.id }),
      ...actingAs(world.users.editorB),
    })
    expect(inB.slug).toBe(slug)
    expect(await guidesWithSlug(slug, world.tenantA.id)).toBe(1)
    expect(await guidesWithSlug(slug, world.tenantB.id)).toBe(1)
  })

  it('should allow the same slug in another locale of the same tenant', async () => {
    const slug = unique('data-plans-jazz')
    await createGuide(world.tenantA.id, slug)
    const other = await createGuide(world.tenantA.id, unique('jazz-data-plans'))
    const translated = await payload.update({
      collection: 'guides',
      data: { slug, title: 'Jazz 數據套餐' },
      id: other.id,
      locale: 'zh-Hant',
      ...actingAs(world.users.editorA),
    })
    expect(translated.slug).toBe(slug)
    expect(await guidesWithSlug(slug, world.tenantA.id, 'zh-Hant')).toBe(1)
    expect(await guidesWithSlug(slug, world.tenantA.id, 'en')).toBe(1)
  })

  it('should make the slug from a Chinese title, keeping the Chinese letters', async () => {
    const guide = await createGuide(world.tenantA.id, unique('activate-zong'))
    const translated = await payload.update({
      collection: 'guides',
      data: { slug: '', title: '啟用 Zong 預付卡' },
      id: guide.id,
      locale: 'zh-Hant',
      ...actingAs(world.users.editorA),
    })
    expect(translated.slug).toBe('啟用-zong-預付卡')
  })

  it('should save a guide with a long title and no slug, making a valid slug from the title', async () => {
    // 123 characters; the 120th is a space.
    const title =
      'How to activate a prepaid Jazz SIM at the airport in Karachi and register it with NADRA biometrics before the data runs out'
    const created = await payload
      .create({
        collection: 'guides',
        data: guideData({ country: world.country.id, tenant: world.tenantA.id, title }),
        ...actingAs(world.users.editorA),
      })
      .catch((error: Error & { data?: unknown }) => ({ error: error.message, errors: error.data }))
    // Any valid slug of at most 120 characters made from the title will do.
    expect(created).toMatchObject({
      slug: expect.stringMatching(/^(?=.{1,120}$)how-to-activate-a-prepaid-jazz-sim(-[a-z0-9]+)*$/),
    })
  })
})

describe('media uploads', () => {
  const file = (data: Buffer, mimetype: string, name: string) => ({
    data,
    mimetype,
    name,
    size: data.length,
  })
  const svg = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="#0f766e"/></svg>',
  )
  const scriptedSvg = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><script>alert(document.cookie)</script></svg>',
  )
  const mediaCount = async () => (await payload.count({ collection: 'media' })).totalDocs

  it('should store a PNG with alt text', async () => {
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'A Jazz SIM card', tenant: world.tenantA.id },
      file: file(png, 'image/png', 'jazz-sim.png'),
      ...actingAs(world.users.editorA),
    })
    expect(media).toMatchObject({ alt: 'A Jazz SIM card', mimeType: 'image/png', width: 8 })
    await payload.delete({ collection: 'media', id: media.id })
  })

  it('should reject an image without alt text', async () => {
    const before = await mediaCount()
    const error = await errorOf(
      payload.create({
        collection: 'media',
        data: { tenant: world.tenantA.id } as { alt: string; tenant: number },
        file: file(png, 'image/png', 'no-alt.png'),
        ...actingAs(world.users.editorA),
      }),
    )
    expect(error.status).toBe(400)
    expect(fieldErrors(error)).toEqual([{ message: 'This field is required.', path: 'alt' }])
    expect(await mediaCount()).toBe(before)
  })

  it.each([
    ['an SVG', () => file(svg, 'image/svg+xml', 'logo.svg')],
    [
      'an SVG carrying a script, named and typed as a PNG',
      () => file(scriptedSvg, 'image/png', 'logo.png'),
    ],
    [
      'a text file',
      () => file(Buffer.from('Dial *111# to check your balance.'), 'text/plain', 'notes.txt'),
    ],
  ])('should reject %s', async (_, upload) => {
    const before = await mediaCount()
    const error = await errorOf(
      payload.create({
        collection: 'media',
        data: { alt: 'Not an image we accept', tenant: world.tenantA.id },
        file: upload(),
        ...actingAs(world.users.editorA),
      }),
    )
    expect(error.status).toBe(400)
    expect(fieldErrors(error).map(({ path }) => path)).toEqual(['file'])
    expect(await mediaCount()).toBe(before)
  })

  it('should not let an editor of A upload into tenant B', async () => {
    const before = await mediaCount()
    const error = await errorOf(
      payload.create({
        collection: 'media',
        data: { alt: 'A Jazz SIM card', tenant: world.tenantB.id },
        file: file(png, 'image/png', 'jazz-sim.png'),
        ...actingAs(world.users.editorA),
      }),
    )
    expect(error.status).toBe(403)
    expect(await mediaCount()).toBe(before)
  })

  it('should not let a translator upload media', async () => {
    const before = await mediaCount()
    const error = await errorOf(
      payload.create({
        collection: 'media',
        data: { alt: 'A Jazz SIM card', tenant: world.tenantA.id },
        file: file(png, 'image/png', 'jazz-sim.png'),
        ...actingAs(world.users.translatorA),
      }),
    )
    expect(error.status).toBe(403)
    expect(await mediaCount()).toBe(before)
  })
})
