import type { Endpoint, PayloadRequest } from 'payload'

import { idOf } from '@/lib/ids'
import { isCrossSiteRequest } from '@/lib/security/crossSiteRequest'
import { isLocaleCode, type LocaleCode } from '@/i18n/locales'
import {
  buildGuideTranslationReport,
  type ActingUser,
} from '@/lib/translation/guideTranslationReport'
import { saveTranslatedFields } from '@/lib/translation/saveTranslatedFields'
import {
  confirmTranslation,
  draftChineseTranslation,
  workLocalesFor,
} from '@/lib/translation/translationActions'

type ID = number | string

const problem = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

const actingUser = (req: PayloadRequest): ActingUser | null =>
  req.user && req.user.collection === 'users' ? (req.user as ActingUser) : null

/**
 * Forms in the admin's translating view post here without JavaScript; they are sent back to the
 * view (303). API clients that ask for JSON get JSON.
 */
const respond = (req: PayloadRequest, body: Record<string, unknown>, backTo: string) => {
  const wantsJSON = req.headers.get('accept')?.includes('application/json')
  return wantsJSON
    ? Response.json(body)
    : new Response(null, { headers: { Location: backTo }, status: 303 })
}

const formFields = async (req: PayloadRequest): Promise<Record<string, string>> => {
  const type = req.headers.get('content-type') ?? ''
  if (type.includes('application/json') && req.json)
    return (await req.json()) as Record<string, string>
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
      await confirmTranslation({
        guideID,
        locale: locale as LocaleCode,
        payload: req.payload,
        user,
      })
      return respond(req, { confirmed: true }, viewPath(req, guideID, locale as string))
    }),
    method: 'post',
    path: '/:id/translations/:locale/confirm',
  },
  {
    handler: guarded(async ({ guideID, locale, req, user }) => {
      const fields = await formFields(req)
      const edits = Object.fromEntries(
        Object.entries(fields)
          .filter(([name]) => name.startsWith('field:'))
          .map(([name, value]) => [name.slice('field:'.length), value]),
      )
      const revision = Number(fields.editRevision)
      const saved = await saveTranslatedFields({
        edits,
        guideID,
        loadedRevision:
          Number.isFinite(revision) && fields.editRevision !== '' ? revision : undefined,
        locale: locale as LocaleCode,
        payload: req.payload,
        user,
      })
      return respond(req, { saved }, viewPath(req, guideID, locale as string))
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
      const { filled } = await draftChineseTranslation({
        from,
        guideID,
        payload: req.payload,
        to: locale,
        user,
      })
      return respond(req, { filled }, viewPath(req, guideID, locale))
    }),
    method: 'post',
    path: '/:id/translations/:locale/draft-chinese',
  },
]
