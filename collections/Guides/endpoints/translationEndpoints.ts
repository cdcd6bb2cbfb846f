import type { Endpoint, PayloadRequest } from 'payload'

import { workLocalesFor } from '@/access/memberships'
import { idOf } from '@/lib/ids'
import { isCrossSiteRequest } from '@/lib/security/crossSiteRequest'
import { adminLocaleFor } from '@/i18n/adminMessages'
import { isLocaleCode, type LocaleCode } from '@/i18n/locales'
import {
  buildGuideTranslationReport,
  type ActingUser,
} from '@/lib/translation/guideTranslationReport'
import { fillFromMemory } from '@/lib/translation/memory/fillFromMemory'
import { isRichTextPath } from '@/lib/translation/richTextPaths'
import { isTranslatablePath, saveTranslatedFields } from '@/lib/translation/saveTranslatedFields'
import { confirmTranslation, draftChineseTranslation } from '@/lib/translation/translationActions'

type ID = number | string
/** A posted form's inputs; a JSON client may send a rich-text value as an object. */
type FormFields = Record<string, unknown>

const problem = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

const actingUser = (req: PayloadRequest): ActingUser | null =>
  req.user && req.user.collection === 'users' ? (req.user as ActingUser) : null

/**
 * Forms in the admin's translating view post here without JavaScript; they are sent back to the
 * view (303). API clients that ask for JSON get JSON.
 */
const respond = (
  req: PayloadRequest,
  body: Record<string, unknown>,
  backTo: string,
  notice: Record<string, string | number> = {},
) => {
  const wantsJSON = req.headers.get('accept')?.includes('application/json')
  const query = new URLSearchParams(
    Object.entries(notice).map(([name, value]) => [name, String(value)]),
  ).toString()
  return wantsJSON
    ? Response.json(body)
    : new Response(null, {
        headers: { Location: query ? `${backTo}?${query}` : backTo },
        status: 303,
      })
}

/** `prefix:<path>` entries of a form → path → value. */
const prefixed = (fields: FormFields, prefix: string): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(fields)
      .filter(([name]) => name.startsWith(prefix))
      .map(([name, value]) => [name.slice(prefix.length), value]),
  )

/**
 * Saves the field edits a form carries as a draft of the locale: `field:<path>` inputs hold text,
 * `richText:<path>` inputs the Lexical JSON of a rich-text editor the translator changed. Every
 * button of the side-by-side form posts the whole form, so nothing typed is lost when a person
 * confirms or drafts without saving first; a save that is refused stops the action too.
 */
const saveFormEdits = async ({
  fields,
  guideID,
  locale,
  req,
  user,
}: {
  fields: FormFields
  guideID: ID
  locale: LocaleCode
  req: PayloadRequest
  user: ActingUser
}): Promise<{ ignored: string[]; saved: string[] }> => {
  const edits = Object.fromEntries(
    Object.entries(prefixed(fields, 'field:')).map(([path, value]) => [path, String(value ?? '')]),
  )
  const richTextEdits = prefixed(fields, 'richText:')
  // Fields a translation cannot set are named back as ignored, never counted as saved.
  const paths = [...new Set([...Object.keys(edits), ...Object.keys(richTextEdits)])]
  const ignored = paths.filter(
    (path) => !isTranslatablePath(path) || (path in richTextEdits && !isRichTextPath(path)),
  )
  if (paths.length === ignored.length) return { ignored, saved: [] }
  const revision = Number(fields.editRevision)
  const saved = await saveTranslatedFields({
    edits,
    guideID,
    loadedRevision:
      Number.isFinite(revision) && fields.editRevision !== '' && fields.editRevision != null
        ? revision
        : undefined,
    locale,
    payload: req.payload,
    richTextEdits,
    uiLocale: adminLocaleFor(req.i18n?.language),
    user,
  })
  return { ignored, saved }
}

const formFields = async (req: PayloadRequest): Promise<FormFields> => {
  const type = req.headers.get('content-type') ?? ''
  if (type.includes('application/json') && req.json) {
    const body: unknown = await req.json()
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as FormFields) : {}
  }
  const text = req.text ? await req.text() : ''
  return Object.fromEntries(new URLSearchParams(text))
}

const viewPath = (req: PayloadRequest, guideID: ID, locale: string) =>
  `${req.payload.config.routes.admin}/translations/${guideID}/${locale}`

/** Wraps a handler with the checks every translation endpoint needs; errors become messages. */
const guarded =
  (
    run: (args: {
      guideID: ID
      locale: LocaleCode | null
      req: PayloadRequest
      user: ActingUser
    }) => Promise<Response>,
  ) =>
  async (req: PayloadRequest): Promise<Response> => {
    // Payload drops a cookie session sent from another origin; refuse such a write outright.
    if (req.method !== 'GET' && isCrossSiteRequest(req.headers, req.payload.config.csrf)) {
      return problem(403, 'Changes can only be sent from the admin of this site.')
    }
    const user = actingUser(req)
    if (!user) return problem(401, 'Sign in to work on translations.')
    const guideID = req.routeParams?.id as ID | undefined
    const rawLocale = req.routeParams?.locale as string | undefined
    if (guideID === undefined) return problem(400, 'The guide is missing from the address.')
    if (rawLocale !== undefined && !isLocaleCode(rawLocale))
      return problem(400, `"${rawLocale}" is not a locale of this installation.`)
    try {
      return await run({ guideID, locale: (rawLocale as LocaleCode) ?? null, req, user })
    } catch (error) {
      const status = (error as { status?: number }).status ?? 500
      const message = (error as Error).message
      // A form posted from the translating view goes back there with the reason shown.
      const isFormPost = !req.headers.get('accept')?.includes('application/json')
      if (isFormPost && rawLocale !== undefined && status < 500) {
        const back = `${viewPath(req, guideID, rawLocale)}?error=${encodeURIComponent(message)}`
        return new Response(null, { headers: { Location: back }, status: 303 })
      }
      return problem(status === 404 ? 404 : status, message)
    }
  }

export const translationEndpoints: Endpoint[] = [
  {
    handler: guarded(async ({ guideID, req, user }) => {
      const guide = await req.payload.findByID({
        collection: 'guides',
        depth: 0,
        draft: true,
        id: guideID,
        overrideAccess: false,
        user,
      })
      const tenantID = idOf(guide.tenant) as ID
      const report = await buildGuideTranslationReport({
        guideID,
        locales: workLocalesFor(user, tenantID),
        payload: req.payload,
        user,
      })
      return Response.json(report)
    }),
    method: 'get',
    path: '/:id/translations',
  },
  {
    handler: guarded(async ({ guideID, locale, req, user }) => {
      const { ignored, saved } = await saveFormEdits({
        fields: await formFields(req),
        guideID,
        locale: locale as LocaleCode,
        req,
        user,
      })
      await confirmTranslation({
        guideID,
        locale: locale as LocaleCode,
        payload: req.payload,
        user,
      })
      return respond(
        req,
        { confirmed: true, ignored, saved },
        viewPath(req, guideID, locale as string),
        {
          confirmed: 1,
        },
      )
    }),
    method: 'post',
    path: '/:id/translations/:locale/confirm',
  },
  {
    handler: guarded(async ({ guideID, locale, req, user }) => {
      const { ignored, saved } = await saveFormEdits({
        fields: await formFields(req),
        guideID,
        locale: locale as LocaleCode,
        req,
        user,
      })
      return respond(req, { ignored, saved }, viewPath(req, guideID, locale as string), {
        saved: saved.length,
      })
    }),
    method: 'post',
    path: '/:id/translations/:locale/save',
  },
  {
    handler: guarded(async ({ guideID, locale, req, user }) => {
      if (locale !== 'zh-Hans' && locale !== 'zh-Hant') {
        return problem(
          400,
          'Machine drafting converts between Simplified and Traditional Chinese only.',
        )
      }
      const from = locale === 'zh-Hant' ? 'zh-Hans' : 'zh-Hant'
      await saveFormEdits({ fields: await formFields(req), guideID, locale, req, user })
      const { filled } = await draftChineseTranslation({
        from,
        guideID,
        payload: req.payload,
        to: locale,
        user,
      })
      return respond(req, { filled }, viewPath(req, guideID, locale), {
        filled: filled.length,
        from: 'opencc',
      })
    }),
    method: 'post',
    path: '/:id/translations/:locale/draft-chinese',
  },
  {
    handler: guarded(async ({ guideID, locale, req, user }) => {
      await saveFormEdits({
        fields: await formFields(req),
        guideID,
        locale: locale as LocaleCode,
        req,
        user,
      })
      const { filled } = await fillFromMemory({
        guideID,
        locale: locale as LocaleCode,
        payload: req.payload,
        user,
      })
      return respond(req, { filled }, viewPath(req, guideID, locale as string), {
        filled: filled.length,
        from: 'memory',
      })
    }),
    method: 'post',
    path: '/:id/translations/:locale/fill-memory',
  },
]
