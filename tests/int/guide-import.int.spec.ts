import { zipSync } from 'fflate'
import type { PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importGuides, type ImportOptions } from '@/lib/import/importGuides'
import { startImageServer, type ImageServer } from '@/tests/helpers/imageServer'
import {
  chineseCancelArticle,
  englishEsimArticle,
  promoHandle,
} from '@/tests/helpers/importFixtures'
import {
  AUTO_SLUG,
  actingAs,
  createTenantWorld,
  errorOf,
  idOf,
  type ActingUser,
  type TenantWorld,
} from '@/tests/helpers/fixtures'
import { startPayload, type TestPayload } from '@/tests/helpers/startPayload'

let harness: TestPayload
let world: TenantWorld
let images: ImageServer

const encode = (text: string) => new TextEncoder().encode(text)
const file = (name: string, text: string) => ({ data: encode(text), name })

beforeAll(async () => {
  process.env.IMPORT_ALLOW_PRIVATE_IMAGE_HOSTS = 'true'
  harness = await startPayload()
  world = await createTenantWorld(harness.payload)
  images = await startImageServer()
  const { payload } = harness
  await payload.update({
    collection: 'countries',
    data: { name: '巴基斯坦' },
    id: world.country.id,
    locale: 'zh-Hans',
  })
  const peru = await payload.create({
    collection: 'countries',
    data: { code: 'PE', mobileCountryCodes: ['716'], name: 'Peru', slug: AUTO_SLUG },
  })
  await payload.update({
    collection: 'countries',
    data: { name: '秘鲁' },
    id: peru.id,
    locale: 'zh-Hans',
  })
  await payload.create({
    collection: 'carriers',
    data: { country: peru.id, name: 'Claro', slug: AUTO_SLUG, websiteDomains: ['claro.com.pe'] },
  })
  await payload.create({
    collection: 'carriers',
    data: {
      country: world.country.id,
      name: 'Zong',
      slug: AUTO_SLUG,
      websiteDomains: ['zong.com.pk'],
    },
  })
})

afterAll(async () => {
  await images?.close()
  await harness?.stop()
})

const run = (options: Partial<ImportOptions> & Pick<ImportOptions, 'files'>) =>
  importGuides({
    dryRun: false,
    payload: harness.payload,
    tenant: world.tenantA.slug,
    user: world.users.editorA,
    ...options,
  })

const guideCount = () => harness.payload.count({ collection: 'guides' }).then((r) => r.totalDocs)
const mediaCount = () => harness.payload.count({ collection: 'media' }).then((r) => r.totalDocs)

const readDraft = (id: string | number, locale: 'en' | 'zh-Hans' = 'zh-Hans') =>
  harness.payload.findByID({
    collection: 'guides',
    depth: 0,
    draft: true,
    id,
    locale,
    ...actingAs(world.users.editorA),
  })

describe('importing articles', () => {
  it('should create a draft guide with the detected country, carrier, topic and SIM kind', async () => {
    const report = await run({ files: [file('peru/claro-cancel.md', chineseCancelArticle)] })
    const [entry] = report.files
    expect(entry).toMatchObject({
      faq: 2,
      locale: { value: 'zh-Hans' },
      status: 'created',
      steps: 3,
      title: '秘鲁Claro手机卡如何注销？一步一步来',
    })
    expect(entry.detected?.country).toMatchObject({ evidence: ['秘鲁'], value: { code: 'PE' } })
    const guide = await readDraft(entry.guideID as number)
    expect(guide).toMatchObject({ _status: 'draft', simKind: 'physical', topic: 'cancel' })
    expect(guide.slug).toBe('秘鲁claro手机卡如何注销-一步一步来')
    expect(guide.steps?.map((step) => step.title)).toEqual([
      '带上护照',
      '前往Claro营业厅',
      '确认余额清零',
    ])
    expect(JSON.stringify(guide)).not.toMatch(/t\.me|simdeals/)
    expect(JSON.stringify(guide.body)).toContain('"type":"table"')
    expect(guide.importDetections).toMatchObject({
      detected: { country: { evidence: ['秘鲁'] }, topic: { value: 'cancel' } },
      file: 'peru/claro-cancel.md',
    })
  })

  it('should store nothing on a dry run and report what would happen', async () => {
    const before = [await guideCount(), await mediaCount()]
    const report = await run({
      dryRun: true,
      files: [
        file('dry/esim.md', englishEsimArticle.replace('IMAGE_URL', images.url('/photo.png'))),
      ],
    })
    expect(report.files[0]).toMatchObject({ locale: { value: 'en' }, status: 'would create' })
    expect(report.files[0].images).toMatchObject([{ action: 'would download' }])
    expect([await guideCount(), await mediaCount()]).toEqual(before)
  })

  it('should update the same draft when a changed file is imported again and skip an unchanged one', async () => {
    const first = await run({ files: [file('again/cancel.md', chineseCancelArticle)] })
    const count = await guideCount()
    const same = await run({ files: [file('again/cancel.md', chineseCancelArticle)] })
    const changed = await run({
      files: [file('again/cancel.md', chineseCancelArticle.replace('一步一步来', '最新版'))],
    })
    expect([same.files[0].status, changed.files[0].status]).toEqual(['unchanged', 'updated'])
    expect([same.files[0].guideID, changed.files[0].guideID]).toEqual([
      first.files[0].guideID,
      first.files[0].guideID,
    ])
    expect(await guideCount()).toBe(count)
    expect((await readDraft(first.files[0].guideID as number)).title).toBe(
      '秘鲁Claro手机卡如何注销？最新版',
    )
  })

  it('should report a conflict and keep the editor’s changes when the guide was edited since import', async () => {
    const first = await run({ files: [file('edited/cancel.md', chineseCancelArticle)] })
    const id = first.files[0].guideID as number
    await harness.payload.update({
      collection: 'guides',
      data: { title: '编辑改过的标题' },
      draft: true,
      id,
      locale: 'zh-Hans',
      ...actingAs(world.users.editorA),
    })
    const again = await run({
      files: [file('edited/cancel.md', chineseCancelArticle.replace('一步一步来', '新版'))],
    })
    expect(again.files[0]).toMatchObject({ guideID: id, status: 'conflict' })
    expect((await readDraft(id)).title).toBe('编辑改过的标题')
  })

  it('should download a hot-linked image into Media of the tenant and use it in the body', async () => {
    const report = await run({
      files: [
        file('images/esim.md', englishEsimArticle.replace('IMAGE_URL', images.url('/photo.png'))),
      ],
    })
    const [image] = report.files[0].images ?? []
    expect(image).toMatchObject({ action: 'downloaded' })
    const media = await harness.payload.findByID({
      collection: 'media',
      depth: 0,
      id: image.mediaID as number,
    })
    expect([idOf(media.tenant), media.mimeType, media.alt]).toEqual([
      idOf(world.tenantA.id),
      'image/png',
      'eSIM QR code on the counter',
    ])
    const guide = await readDraft(report.files[0].guideID as number, 'en')
    expect(JSON.stringify(guide.body)).toContain('"type":"upload"')
    expect(JSON.stringify(guide)).not.toContain('127.0.0.1')
  })

  it('should leave out and report an image that cannot be downloaded', async () => {
    const report = await run({
      files: [
        file('images/missing.md', englishEsimArticle.replace('IMAGE_URL', images.url('/gone.png'))),
      ],
    })
    expect(report.files[0]).toMatchObject({ status: 'created' })
    expect(report.files[0].images).toMatchObject([
      { action: 'left out', reason: 'the server answered 404' },
    ])
    const guide = await readDraft(report.files[0].guideID as number, 'en')
    expect(JSON.stringify(guide)).not.toMatch(/"type":"upload"|gone\.png/)
  })

  it('should import every Markdown file of a .zip', async () => {
    const archive = zipSync({
      'articles/a.md': encode(chineseCancelArticle.replace('一步一步来', '压缩包一')),
      'articles/b.md': encode(chineseCancelArticle.replace('一步一步来', '压缩包二')),
      'articles/notes.txt': encode('not an article'),
    })
    const report = await run({ files: [{ data: archive, name: 'batch.zip' }] })
    expect(report.files.map(({ file: name, status }) => ({ name, status }))).toEqual([
      { name: 'batch.zip/articles/a.md', status: 'created' },
      { name: 'batch.zip/articles/b.md', status: 'created' },
    ])
  })

  it('should give each bad file its own error, store nothing for it and still import the rest', async () => {
    const before = await guideCount()
    const report = await run({
      files: [
        file('photo.png', 'not text'),
        file('empty.md', '  \n\n'),
        { data: new Uint8Array(600 * 1024).fill(97), name: 'huge.md' },
        { data: new Uint8Array([0xff, 0xfe, 0x00, 0x41]), name: 'binary.md' },
        { data: encode('PK\u0003\u0004 broken'), name: 'broken.zip' },
        file('no-heading.md', 'Just a sentence without any heading.'),
        file('numbers.md', '# 2024\n\n100 200 300'),
        file('good.md', chineseCancelArticle.replace('一步一步来', '好文件')),
      ],
    })
    expect(report.files.map(({ status }) => status)).toEqual([
      'error',
      'error',
      'error',
      'error',
      'error',
      'error',
      'error',
      'created',
    ])
    expect(report.files.slice(0, 7).map(({ message }) => message)).toEqual([
      'Not a Markdown file: only .md and .markdown files are imported.',
      'The file is empty.',
      'Larger than the 512 KB an article may have.',
      'Not a text file: the content is not UTF-8 Markdown.',
      'Not a readable .zip archive.',
      'The article has no heading: its first heading becomes the guide’s title.',
      'The language could not be told (No letters to tell the language from): choose one and import again.',
    ])
    expect(await guideCount()).toBe(before + 1)
  })
})

describe('who may import', () => {
  const refusal = (user: ActingUser | null, extra: Partial<ImportOptions> = {}) =>
    errorOf(run({ files: [file('x.md', chineseCancelArticle)], user, ...extra }))

  it('should refuse an editor of another publication', async () => {
    const before = await guideCount()
    expect(await refusal(world.users.editorB)).toMatchObject({ status: 403 })
    expect(await guideCount()).toBe(before)
  })

  it('should refuse a translator and an anonymous visitor', async () => {
    expect((await refusal(world.users.translatorA)).status).toBe(403)
    expect((await refusal(null)).status).toBe(401)
  })

  it('should let a tenant admin import', async () => {
    const report = await run({
      files: [file('admin/cancel.md', chineseCancelArticle.replace('一步一步来', '管理员'))],
      user: world.users.adminA,
    })
    expect(report.files[0].status).toBe('created')
  })

  it('should refuse an unknown publication, an unknown language and one the publication does not offer', async () => {
    const errors = [
      await refusal(world.users.editorA, { tenant: 'no-such-publication' }),
      await refusal(world.users.editorA, { locale: 'fr' }),
      await refusal(world.users.editorA, { locale: 'es' }),
    ]
    expect(errors.map(({ message, status }) => ({ message, status }))).toEqual([
      { message: 'There is no publication "no-such-publication".', status: 400 },
      { message: '"fr" is not a language of this installation.', status: 400 },
      { message: `${world.tenantA.slug} does not offer es.`, status: 400 },
    ])
  })
})

describe('POST /api/guides/import', () => {
  const endpoint = () => {
    const found = harness.payload.collections.guides.config.endpoints
    const match = (found || []).find((candidate) => candidate.path === '/import')
    if (!match) throw new Error('The import endpoint is not registered.')
    return match.handler
  }

  const post = (body: BodyInit | null, user: ActingUser | null, contentType?: string) => {
    const request = new Request('http://localhost/api/guides/import', {
      body,
      headers: contentType ? { 'content-type': contentType } : undefined,
      method: 'POST',
    })
    return endpoint()({
      formData: () => request.formData(),
      headers: request.headers,
      payload: harness.payload,
      user,
    } as unknown as PayloadRequest)
  }

  const form = (fields: Record<string, string>, files: { name: string; text: string }[]) => {
    const data = new FormData()
    Object.entries(fields).forEach(([name, value]) => data.append(name, value))
    files.forEach(({ name, text }) => data.append('files', new File([text], name)))
    return data
  }

  it('should answer a JSON report for a multipart upload', async () => {
    const request = new Request('http://localhost', {
      body: form({ dryRun: 'true', tenant: world.tenantA.slug }, [
        { name: 'a.md', text: chineseCancelArticle },
      ]),
      method: 'POST',
    })
    const response = await post(
      await request.arrayBuffer(),
      world.users.editorA,
      request.headers.get('content-type') ?? '',
    )
    expect(response.status).toBe(200)
    const report = await response.json()
    expect(report).toMatchObject({
      dryRun: true,
      files: [{ file: 'a.md', status: 'would create' }],
    })
    expect(JSON.stringify(report)).not.toContain(`removed","line":1,"reason":"x`)
    expect(report.files[0].links[0]).toMatchObject({
      action: 'removed',
      text: `飞机群✈️ ${promoHandle}`,
    })
  })

  it('should answer 4xx with a message for anonymous, malformed and forbidden requests', async () => {
    const anonymousResponse = await post('x', null, 'text/plain')
    const malformed = await post('{"files":[]}', world.users.editorA, 'application/json')
    const request = new Request('http://localhost', {
      body: form({ tenant: world.tenantA.slug }, [{ name: 'a.md', text: chineseCancelArticle }]),
      method: 'POST',
    })
    const forbidden = await post(
      await request.arrayBuffer(),
      world.users.editorB,
      request.headers.get('content-type') ?? '',
    )
    expect(
      await Promise.all(
        [anonymousResponse, malformed, forbidden].map(async (response) => ({
          message: (await response.json()).errors[0].message,
          status: response.status,
        })),
      ),
    ).toEqual([
      { message: 'Sign in to import articles.', status: 401 },
      { message: 'Send the files as multipart/form-data with a "files" field.', status: 400 },
      {
        message: `Only editors and admins of ${world.tenantA.slug} can import into it.`,
        status: 403,
      },
    ])
  })
})
