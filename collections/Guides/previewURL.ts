import type { GeneratePreviewURL, LivePreviewConfig } from 'payload'

import { idOf } from '@/lib/ids'
import { isLocaleCode } from '@/i18n/locales'
import { createPreviewToken, createPreviewTokenUntil } from '@/lib/preview/previewToken'
import { guidePath } from '@/lib/seo/urls'
import { originOf } from '@/lib/env/readerOrigin'
import { withinRequest } from '@/lib/db/withinRequest'

const hour = 60 * 60 * 1000

/**
 * Live Preview asks for its URL again after every save and autosave, and loads the frame again
 * when the URL differs: the URL names the guide's revision, so each save shows the new draft,
 * and nothing else in it changes (the token expires at the end of the next full hour).
 */
const endOfNextHour = (now = Date.now()) => (Math.floor(now / hour) + 2) * hour

/**
 * The admin's Preview button: the guide on its publication's own host, in the locale being
 * edited, through the preview route with a token naming the signed-in editor.
 */
export const guidePreviewURL: GeneratePreviewURL = async (doc, { locale, req }) =>
  previewLink(doc, locale, req)

export const guideLivePreviewURL: NonNullable<LivePreviewConfig['url']> = ({
  data,
  locale,
  req,
}) =>
  typeof data?.id === 'undefined'
    ? null
    : previewLink(data, locale?.code, req, endOfNextHour()).then((url) =>
        url ? `${url}&revision=${Number(data.editRevision ?? 0)}` : url,
      )

const previewLink = async (
  doc: Record<string, unknown>,
  locale: string | undefined,
  req: Parameters<GeneratePreviewURL>[1]['req'],
  expiresAt?: number,
): Promise<null | string> => {
  const tenantID = idOf(doc.tenant as never)
  if (
    !req.user ||
    tenantID === undefined ||
    typeof doc.slug !== 'string' ||
    !isLocaleCode(locale)
  ) {
    return null
  }
  const tenant = await withinRequest(req, () =>
    req.payload.findByID({
      collection: 'tenants',
      depth: 0,
      id: tenantID,
      overrideAccess: false,
      req,
      user: req.user,
    }),
  ).catch(() => null)
  const host = tenant?.domains?.[0]
  if (!host) return null
  const path = guidePath(locale, doc.slug)
  const token =
    expiresAt === undefined
      ? createPreviewToken(req.user.id)
      : createPreviewTokenUntil(req.user.id, expiresAt)
  return `${originOf(host)}/next/preview?path=${encodeURIComponent(path)}&token=${encodeURIComponent(token)}`
}
