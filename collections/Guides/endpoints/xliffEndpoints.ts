import type { Endpoint, PayloadRequest } from 'payload'

import { isSuperAdmin, memberTenantIDs } from '@/access/memberships'
import { isLocaleCode } from '@/i18n/locales'
import { sameID } from '@/lib/ids'
import type { ActingUser } from '@/lib/translation/guideTranslationReport'
import { workLocalesFor } from '@/access/memberships'
import { exportOutdatedGuidesBundle } from '@/lib/translation/xliff/xliffBundle'
import { XliffFormatError } from '@/lib/translation/xliff/xliffDocument'
import {
  exportGuideXliff,
  importGuideXliff,
  TranslationFileError,
} from '@/lib/translation/xliff/guideXliff'

type ID = number | string

const problem = (status: number, message: string, details?: unknown) =>
  Response.json({ errors: [{ data: details, message }] }, { status })

const actingUser = (req: PayloadRequest): ActingUser | null =>
  req.user && req.user.collection === 'users' ? (req.user as ActingUser) : null

/** Known failures become their status and message; anything else is logged and a plain 500. */
const handled =
  (run: (req: PayloadRequest, user: ActingUser) => Promise<Response>) =>
  async (req: PayloadRequest): Promise<Response> => {
    const user = actingUser(req)
    if (!user) return problem(401, 'Sign in to work on translations.')
    try {
      return await run(req, user)
    } catch (error) {
      if (error instanceof TranslationFileError)
        return problem(error.status, error.message, error.details)
      if (error instanceof XliffFormatError) return problem(400, error.message)
      const status = (error as { status?: number }).status
      if (status && status < 500) return problem(status, (error as Error).message)
      req.payload.logger.error({ err: error, msg: 'XLIFF request failed' })
      return problem(500, 'The translation file could not be processed.')
    }
  }

const routeParam = (req: PayloadRequest, name: string): string =>
  String(req.routeParams?.[name] ?? '')

/**
 * XLIFF 2.0 round trip for one guide's locale (GET exports, POST imports the file sent as the
 * body), and a zip of every guide of a publication whose translation is missing or outdated.
 * Access is the side-by-side view's: the person's own publications, a translator's own locales,
 * never the source locale.
 */
export const xliffEndpoints: Endpoint[] = [
  {
    handler: handled(async (req, user) => {
      const { fileName, xml } = await exportGuideXliff({
        guideID: routeParam(req, 'id') as ID,
        locale: routeParam(req, 'locale'),
        payload: req.payload,
        user,
      })
      return new Response(xml, {
        headers: {
          'Content-Disposition': `attachment; filename="${fileName}"`,
          'Content-Type': 'application/xliff+xml; charset=utf-8',
        },
      })
    }),
    method: 'get',
    path: '/:id/translations/:locale/xliff',
  },
  {
    handler: handled(async (req, user) => {
      const guideID = routeParam(req, 'id') as ID
      const locale = routeParam(req, 'locale')
      const isUpload = (req.headers.get('content-type') ?? '').startsWith('multipart/form-data')
      if (!isUpload) {
        const xml = req.text ? await req.text() : ''
        return Response.json(
          await importGuideXliff({ guideID, locale, payload: req.payload, user, xml }),
        )
      }
      // The side-by-side view's upload form: back to the view with what happened.
      const back = `${req.payload.config.routes.admin}/translations/${guideID}/${locale}`
      const file = req.formData ? (await req.formData()).get('file') : null
      const xml = file && typeof file === 'object' ? await file.text() : ''
      const query = await importGuideXliff({ guideID, locale, payload: req.payload, user, xml })
        .then((report) => {
          const applied = report.units.filter((unit) => unit.outcome === 'applied').length
          return `imported=${applied}&skipped=${report.units.length - applied}`
        })
        .catch((error: Error & { status?: number }) => {
          if (!error.status || error.status >= 500) throw error
          return `error=${encodeURIComponent(error.message)}`
        })
      return new Response(null, { headers: { Location: `${back}?${query}` }, status: 303 })
    }),
    method: 'post',
    path: '/:id/translations/:locale/xliff',
  },
  {
    handler: handled(async (req, user) => {
      const locale = routeParam(req, 'locale')
      const tenantID = (req.query?.tenant as string | undefined) ?? ''
      if (!isLocaleCode(locale))
        return problem(400, `"${locale}" is not a locale of this installation.`)
      if (!tenantID) return problem(400, 'Name the publication: ?tenant=<id>.')
      const allowed = workLocalesFor(user, tenantID)
      const isMember =
        isSuperAdmin(user) || memberTenantIDs(user).some((id) => sameID(id, tenantID))
      if (!isMember) return problem(404, 'There is no such publication among yours.')
      if (allowed && !allowed.includes(locale))
        return problem(403, `You do not translate into ${locale} for this publication.`)
      const { zip } = await exportOutdatedGuidesBundle({
        locale,
        payload: req.payload,
        tenantID,
        user,
      })
      return new Response(new Blob([zip as Uint8Array<ArrayBuffer>]), {
        headers: {
          'Content-Disposition': `attachment; filename="guides-${tenantID}-${locale}.zip"`,
          'Content-Type': 'application/zip',
        },
      })
    }),
    method: 'get',
    path: '/xliff-bundle/:locale',
  },
]
