import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { translationEndpoints } from '@/collections/Guides/endpoints/translationEndpoints'
import { maxRichTextLength } from '@/lib/translation/richTextEdit'
import {
  actingAs,
  createTenantWorld,
  guideData,
  richText,
  unique,
  type ActingUser,
  type ID,
  type TenantWorld,
} from '@/tests/helpers/fixtures'
import { startPayload, type TestPayload } from '@/tests/helpers/startPayload'

/**
 * Rich text edited in the side-by-side view keeps its formatting: the editor's Lexical JSON is
 * stored once it passes the field's own editor, and anything else is refused with the field's
 * name and nothing saved.
 */
let app: TestPayload
let payload: Payload
let world: TenantWorld

beforeAll(async () => {
  app = await startPayload()
  payload = app.payload
  world = await createTenantWorld(payload)
})
afterAll(async () => app?.stop())

const text = (value: string, format = 0) => ({
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: value,
  type: 'text',
  version: 1,
})

const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  type,
  version: 1,
  ...extra,
})

/** What the view's editor sends: a bold word, a link and a bulleted list. */
const formatted = () => ({
  root: element('root', [
    element(
      'paragraph',
      [
        text('Insert the '),
        text('Jazz', 1),
        text(' SIM, then see '),
        element('link', [text('jazz.com.pk')], {
          fields: { linkType: 'custom', newTab: false, url: 'https://jazz.com.pk' },
          version: 3,
        }),
      ],
      { textFormat: 0, textStyle: '' },
    ),
    element(
      'list',
      [
        element('listitem', [text('Restart the phone')], { value: 1 }),
        element('listitem', [text('Dial *111#')], { value: 2 }),
      ],
      { listType: 'bullet', start: 1, tag: 'ul' },
    ),
  ]),
})

const endpoint = (suffix: string) => {
  const found = translationEndpoints.find((entry) => entry.path.endsWith(suffix))
  if (!found) throw new Error(`No endpoint ending in ${suffix}`)
  return found
}

const saveAs = async (
  user: ActingUser,
  guideID: ID,
  locale: string,
  body: Record<string, unknown>,
): Promise<{ body: { errors?: { message: string }[]; saved?: string[] }; status: number }> => {
  const response = await endpoint('/save').handler({
    headers: new Headers({ accept: 'application/json', 'content-type': 'application/json' }),
    json: async () => body,
    payload,
    routeParams: { id: guideID, locale },
    user,
  } as never)
  return { body: await response.json(), status: response.status }
}

/** A guide with steps, a question and a body in English and in Urdu. */
const createGuide = async () => {
  const guide = await payload.create({
    collection: 'guides',
    data: guideData({
      _status: 'published',
      body: richText('Jazz sells SIMs at every franchise.'),
      country: world.country.id,
      faq: [{ answer: richText('Yes, with a passport.'), question: 'Can visitors buy one?' }],
      steps: [{ body: richText('Insert the SIM.'), title: 'Insert the SIM' }],
      tenant: world.tenantA.id,
      title: unique('Activate a Jazz SIM'),
    }),
    depth: 0,
  })
  await payload.update({
    collection: 'guides',
    data: {
      body: richText('جاز ہر فرنچائز پر سم بیچتا ہے۔'),
      faq: [{ answer: richText('ہاں، پاسپورٹ کے ساتھ۔'), question: 'کیا سیاح خرید سکتے ہیں؟' }],
      steps: [{ body: richText('سم ڈالیں۔'), title: 'سم ڈالیں' }],
      title: 'جاز سم فعال کریں',
    },
    draft: true,
    id: guide.id,
    locale: 'ur',
  })
  return guide
}

const urDraft = (id: ID) =>
  payload.findByID({ collection: 'guides', depth: 0, draft: true, id, locale: 'ur' })

/** Everything a refused save must leave as it was. */
const snapshot = async (id: ID) => {
  const stored = await urDraft(id)
  return JSON.stringify([stored.body, stored.faq, stored.steps, stored.summary, stored.updatedAt])
}

describe('saving rich text from the side-by-side view', () => {
  it('should keep bold, links and lists, and leave untouched rich text as it was', async () => {
    const guide = await createGuide()
    const before = await urDraft(guide.id)
    const saved = await saveAs(world.users.translatorA, guide.id, 'ur', {
      'richText:steps.0.body': JSON.stringify(formatted()),
    })
    expect(saved).toEqual({ body: { ignored: [], saved: ['steps.0.body'] }, status: 200 })

    const after = await urDraft(guide.id)
    const [paragraph, list] = (after.steps?.[0]?.body?.root.children ?? []) as unknown as {
      children: { children?: { text: string }[]; fields?: { url: string }; format?: number }[]
      listType?: string
      type: string
    }[]
    expect(paragraph.children[1]).toMatchObject({ format: 1, text: 'Jazz' })
    expect(paragraph.children[3]).toMatchObject({
      fields: { url: 'https://jazz.com.pk' },
      type: 'link',
    })
    expect([list.type, list.listType, list.children.length]).toEqual(['list', 'bullet', 2])
    expect(JSON.stringify([after.body, after.faq?.[0]?.answer])).toBe(
      JSON.stringify([before.body, before.faq?.[0]?.answer]),
    )
  })

  it('should take the rich text a browser form posts as JSON text', async () => {
    const guide = await createGuide()
    const form = new URLSearchParams({
      'field:title': 'جاز سم فعال کریں',
      'richText:faq.0.answer': JSON.stringify(formatted()),
    })
    const response = await endpoint('/save').handler({
      headers: new Headers({ 'content-type': 'application/x-www-form-urlencoded' }),
      payload,
      routeParams: { id: guide.id, locale: 'ur' },
      text: async () => form.toString(),
      user: world.users.translatorA,
    } as never)
    expect([response.status, response.headers.get('location')]).toEqual([
      303,
      `/admin/translations/${guide.id}/ur?saved=1`,
    ])
    const stored = await urDraft(guide.id)
    const paragraph = stored.faq?.[0]?.answer?.root.children[0] as unknown as {
      children: object[]
    }
    expect(paragraph.children[1]).toMatchObject({ format: 1, text: 'Jazz' })
  })

  it('should save nothing when the same rich text comes back unchanged', async () => {
    const guide = await createGuide()
    const stored = await urDraft(guide.id)
    const before = await snapshot(guide.id)
    const saved = await saveAs(world.users.translatorA, guide.id, 'ur', {
      'richText:body': stored.body,
      'richText:steps.0.body': JSON.stringify(stored.steps?.[0]?.body),
    })
    expect(saved).toEqual({ body: { ignored: [], saved: [] }, status: 200 })
    expect(await snapshot(guide.id)).toBe(before)
  })
})

describe('refusing rich text that is not the guide editor’s', () => {
  const oversized = () => {
    const value = formatted() as { root: { children: { children: object[] }[] } }
    value.root.children[0].children[0] = text('x'.repeat(maxRichTextLength))
    return JSON.stringify(value)
  }
  const withForgedNode = () => {
    const value = formatted() as { root: { children: unknown[] } }
    value.root.children.push(element('script', [text('alert(1)')]))
    return value
  }
  const withForgedProperty = () => {
    const value = formatted() as { root: { children: { children: object[] }[] } }
    value.root.children[0].children[0] = { ...text('Insert the '), onclick: 'alert(1)' }
    return value
  }
  const withScriptLink = () => {
    const value = JSON.stringify(formatted())
    return value.replace('https://jazz.com.pk', 'javascript:alert(1)')
  }

  it.each([
    ['malformed JSON', '{"root": {"type": "root", "children": [', 'not valid JSON'],
    ['an object that is not Lexical', { html: '<b>Jazz</b>' }, 'not formatted text'],
    ['a root that is not a root', { root: element('paragraph', []) }, 'no “paragraph” element'],
    ['a node type the editor does not have', withForgedNode(), 'no “script” element'],
    ['a property no node has', withForgedProperty(), '“onclick” is not part of a “text”'],
    ['a script address in a link', withScriptLink(), 'javascript:alert(1)'],
    ['a value over the size limit', oversized(), 'too long'],
  ])('should refuse %s with a 400 naming the field, saving nothing', async (_, value, reason) => {
    const guide = await createGuide()
    const before = await snapshot(guide.id)
    const refused = await saveAs(world.users.translatorA, guide.id, 'ur', {
      'field:summary': 'یہ خلاصہ بھی محفوظ نہیں ہونا چاہیے۔',
      'richText:steps.0.body': value,
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors?.[0]?.message).toMatch(/^Step 1 · Text: /)
    expect(refused.body.errors?.[0]?.message).toContain(reason)
    expect(await snapshot(guide.id)).toBe(before)
  })

  it('should word the refusal in the person’s admin language', async () => {
    const guide = await createGuide()
    const response = await endpoint('/save').handler({
      headers: new Headers({ accept: 'application/json', 'content-type': 'application/json' }),
      i18n: { language: 'zh-TW' },
      json: async () => ({ 'richText:body': '{' }),
      payload,
      routeParams: { id: guide.id, locale: 'ur' },
      user: world.users.translatorA,
    } as never)
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toMatch(/^內文：/)
  })
})

describe('who may save rich text', () => {
  it('should refuse another tenant’s editor and a translator outside their languages', async () => {
    const guide = await createGuide()
    const before = await snapshot(guide.id)
    const body = { 'richText:steps.0.body': formatted() }
    const otherTenant = await saveAs(world.users.editorB, guide.id, 'ur', body)
    const otherLocale = await saveAs(world.users.translatorA, guide.id, 'zh-Hans', body)
    const sourceLocale = await saveAs(world.users.translatorA, guide.id, 'en', body)
    expect([otherTenant.status, otherLocale.status, sourceLocale.status]).toEqual([404, 403, 403])
    expect(await snapshot(guide.id)).toBe(before)
    const english = await payload.findByID({
      collection: 'guides',
      depth: 0,
      draft: true,
      id: guide.id,
      locale: 'en',
    })
    expect(english.steps?.[0]?.body).toEqual(richText('Insert the SIM.'))
  })

  it('should keep a link the publication denies out of what readers see', async () => {
    const guide = await createGuide()
    const denied = JSON.stringify(formatted()).replace('https://jazz.com.pk', 'https://t.me/jazz')
    const saved = await saveAs(world.users.translatorA, guide.id, 'ur', {
      'richText:steps.0.body': denied,
    })
    // A draft may hold it, as every other save's draft may; publishing it is refused.
    expect(saved.status).toBe(200)
    const published = await payload
      .update({
        collection: 'guides',
        data: { _status: 'published' },
        id: guide.id,
        locale: 'ur',
        ...actingAs(world.users.editorA),
      })
      .then(
        () => null,
        (error: { message: string; status: number }) => error,
      )
    expect(published?.status).toBe(400)
    expect(published?.message).toContain('t.me/jazz in steps.1.body')
  })
})
