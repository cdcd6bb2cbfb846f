import { createHash } from 'node:crypto'

import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import {
  contentManagerRoles,
  hasRoleInTenant,
  isSuperAdmin,
  type MemberUser,
} from '@/access/memberships'
import { isLocaleCode, type LocaleCode } from '@/i18n/locales'
import { asRelationID, type ID } from '@/lib/ids'
import { loadLinkPolicy } from '@/lib/linkPolicy/loadLinkPolicy'
import type { LinkReport } from './applyLinkPolicy'
import { analyzeArticle, type ArticleAnalysis } from './analyzeArticle'
import type { DetectedReferences } from './detectReferences'
import { downloadImage, type DownloadedImage } from './downloadImage'
import { guideEditorConfigs } from './editorConfigs'
import { ImportRefused } from './importErrors'
import { readUploads, type UploadedFile } from './readUploads'
import { loadReferenceNames } from './referenceNames'
import { markdownToLexical, type ImagePlacement } from './toLexical'

export type ImportUser = MemberUser & { collection: 'users'; email?: string | null }

export type ImageReport = {
  action: 'downloaded' | 'left out' | 'would download'
  alt: string
  line: number
  mediaID?: ID
  reason: string
  url: string
}

export type FileStatus =
  'conflict' | 'created' | 'error' | 'unchanged' | 'updated' | 'would create' | 'would update'

export type FileReport = {
  file: string
  status: FileStatus
  message?: string
  guideID?: ID
  locale?: { evidence: string[]; isChosen: boolean; reason: string; value: LocaleCode | null }
  title?: string
  slug?: string
  summary?: string
  steps?: number
  faq?: number
  detected?: DetectedReferences
  links?: LinkReport[]
  images?: ImageReport[]
}

export type ImportReport = {
  dryRun: boolean
  files: FileReport[]
  tenant: { id: ID; slug: string }
}

export type ImportOptions = {
  dryRun: boolean
  files: UploadedFile[]
  locale?: string | null
  payload: Payload
  /** The publication, by slug or ID. */
  tenant: string
  user: ImportUser | null
}

const contentHash = (text: string) => createHash('sha256').update(text).digest('hex')

const resolveTenant = async (payload: Payload, reference: string) => {
  const byID = /^[0-9a-f]{1,24}$/i.test(reference)
    ? [{ id: { equals: /^\d+$/.test(reference) ? Number(reference) : reference } }]
    : []
  const { docs } = await payload.find({
    collection: 'tenants',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    select: { defaultLocale: true, enabledLocales: true, slug: true },
    where: { or: [{ slug: { equals: reference } }, ...byID] },
  })
  return docs[0] ?? null
}

type Tenant = NonNullable<Awaited<ReturnType<typeof resolveTenant>>>

/** Fetches each distinct image once; the import stores the ones that arrived. */
const fetchImages = async (analysis: ArticleAnalysis) => {
  const results = new Map<string, { image: DownloadedImage } | { reason: string }>()
  for (const { url } of analysis.images) {
    if (results.has(url)) continue
    if (!/^https?:\/\//i.test(url)) {
      results.set(url, { reason: 'a relative address: the image was not part of the upload' })
      continue
    }
    const download = await downloadImage(url)
    results.set(url, download.ok ? { image: download.image } : { reason: download.reason })
  }
  return results
}

/** The guide an earlier import of this file created, found by its key within the publication. */
const findImported = async (
  options: ImportOptions,
  tenantID: ID,
  importKey: string,
  locale: LocaleCode,
) => {
  const { docs } = await options.payload.find({
    collection: 'guides',
    depth: 0,
    draft: true,
    limit: 1,
    locale,
    overrideAccess: false,
    user: options.user ?? undefined,
    where: { and: [{ importKey: { equals: importKey } }, { tenant: { equals: tenantID } }] },
  })
  return docs[0] ?? null
}

/** A slug no other guide of the publication uses in this locale. */
const freeSlug = async (
  payload: Payload,
  tenantID: ID,
  locale: LocaleCode,
  slug: string,
  ownID?: ID,
) => {
  for (let attempt = 1; attempt <= 20; attempt += 1) {
    const candidate = attempt === 1 ? slug : `${slug}-${attempt}`
    const { totalDocs } = await payload.count({
      collection: 'guides',
      locale,
      overrideAccess: true,
      where: {
        and: [
          { slug: { equals: candidate } },
          { tenant: { equals: tenantID } },
          ...(ownID !== undefined ? [{ id: { not_equals: ownID } }] : []),
        ],
      },
    })
    if (totalDocs === 0) return candidate
  }
  return `${slug}-${Date.now().toString(36)}`
}

const importOne = async (
  options: ImportOptions,
  tenant: Tenant,
  context: Awaited<ReturnType<typeof loadContext>>,
  source: { name: string; text: string },
): Promise<FileReport> => {
  const { payload, user } = options
  const chosen = options.locale && isLocaleCode(options.locale) ? options.locale : null
  const analysis = analyzeArticle({
    ...context.names,
    chosenLocale: chosen,
    policy: context.policy,
    text: source.text,
  })
  const { detected, language, parts } = analysis
  const base: FileReport = {
    detected,
    faq: parts.faq.length,
    file: source.name,
    links: analysis.links,
    locale: {
      evidence: language.evidence,
      isChosen: language.isChosen,
      reason: language.reason,
      value: language.locale,
    },
    slug: analysis.slug,
    status: 'error',
    steps: parts.steps.length,
    summary: parts.summary,
    title: parts.title,
  }
  if (!parts.title || !analysis.slug)
    return {
      ...base,
      message: 'The article has no heading: its first heading becomes the guide’s title.',
    }
  const locale = language.locale
  if (!locale)
    return {
      ...base,
      message: `The language could not be told (${language.reason}): choose one and import again.`,
    }
  if (!tenant.enabledLocales.includes(locale))
    return {
      ...base,
      message: `The publication does not offer ${locale}: enable it or choose another language.`,
    }

  const importKey = `${locale}:${source.name}`
  const hash = contentHash(source.text)
  const existing = await findImported(options, tenant.id, importKey, locale)
  const downloads = await fetchImages(analysis)
  const imageReports = (mediaIDs?: Map<string, ID>): ImageReport[] =>
    analysis.images.map(({ alt, line, url }) => {
      const result = downloads.get(url)
      if (!result || 'reason' in result)
        return { action: 'left out', alt, line, reason: result?.reason ?? 'not downloaded', url }
      const mediaID = mediaIDs?.get(url)
      return mediaID === undefined
        ? {
            action: 'would download',
            alt,
            line,
            reason: 'downloaded into Media on import; describe it in its alt text',
            url,
          }
        : {
            action: 'downloaded',
            alt,
            line,
            mediaID,
            reason: 'stored in Media: check its alt text',
            url,
          }
    })

  if (existing && existing.importHash === hash)
    return {
      ...base,
      guideID: existing.id,
      images: imageReports(),
      message: 'Already imported with this content: nothing changed.',
      status: 'unchanged',
    }
  if (existing && Number(existing.editRevision ?? 0) !== Number(existing.importedRevision ?? -1))
    return {
      ...base,
      guideID: existing.id,
      images: imageReports(),
      message:
        'The guide was edited after the last import: it was left as it is. Apply the changes by hand or delete the guide to import again.',
      status: 'conflict',
    }
  if (options.dryRun)
    return {
      ...base,
      guideID: existing?.id,
      images: imageReports(),
      status: existing ? 'would update' : 'would create',
    }

  // Stored first, removed again if the guide cannot be saved: nothing is left half-written.
  const mediaIDs = new Map<string, ID>()
  const placements: ImagePlacement = new Map()
  try {
    for (const { alt, url } of analysis.images) {
      const result = downloads.get(url)
      if (mediaIDs.has(url) || !result || 'reason' in result) continue
      const meaningfulAlt =
        alt.trim() && !/^(image|img|picture|图片|圖片|screenshot)$/i.test(alt.trim())
      const media = await payload.create({
        collection: 'media',
        data: {
          alt: meaningfulAlt
            ? alt.trim()
            : `Imported image from ${parts.title}: describe what it shows`,
          tenant: asRelationID(tenant.id),
        },
        file: {
          data: result.image.data,
          mimetype: result.image.mimetype,
          name: result.image.name,
          size: result.image.data.length,
        },
        locale,
        overrideAccess: false,
        user: user ?? undefined,
      })
      mediaIDs.set(url, media.id)
    }
    analysis.images.forEach(({ url }) => placements.set(url, mediaIDs.get(url) ?? null))

    const { configs } = context
    const slug = await freeSlug(payload, tenant.id, locale, analysis.slug, existing?.id)
    const data = {
      _status: 'draft' as const,
      body: markdownToLexical({
        editorConfig: configs.body,
        images: placements,
        markdown: parts.bodyMarkdown,
      }),
      faq: parts.faq.map((entry) => ({
        answer: markdownToLexical({
          editorConfig: configs.faqAnswer,
          images: placements,
          markdown: entry.markdown,
        }),
        question: entry.question,
      })),
      importDetections: {
        detected,
        file: source.name,
        importedAt: new Date().toISOString(),
        language: base.locale,
      },
      importHash: hash,
      importKey,
      importedRevision: Number(existing?.editRevision ?? 0) + 1,
      slug,
      steps: parts.steps.map((step) => ({
        body: markdownToLexical({
          editorConfig: configs.stepBody,
          images: placements,
          markdown: step.markdown,
        }),
        title: step.title,
      })),
      summary: parts.summary,
      title: parts.title,
      // Only what was detected is set; an update keeps what the editor chose before.
      ...(detected.country.value ? { country: asRelationID(detected.country.value.id) } : {}),
      ...(detected.carriers.value
        ? { carriers: detected.carriers.value.map(({ id }) => asRelationID(id)) }
        : {}),
      ...(detected.topic.value ? { topic: detected.topic.value } : {}),
      ...(detected.simKind.value ? { simKind: detected.simKind.value } : {}),
    }
    const saved = existing
      ? await payload.update({
          collection: 'guides',
          data,
          depth: 0,
          draft: true,
          id: existing.id,
          locale,
          overrideAccess: false,
          user: user ?? undefined,
        })
      : await payload.create({
          collection: 'guides',
          data: {
            ...data,
            tenant: asRelationID(tenant.id),
          } as RequiredDataFromCollectionSlug<'guides'>,
          depth: 0,
          draft: true,
          locale,
          overrideAccess: false,
          user: user ?? undefined,
        })
    return {
      ...base,
      guideID: saved.id,
      images: imageReports(mediaIDs),
      slug,
      status: existing ? 'updated' : 'created',
    }
  } catch (error) {
    for (const id of mediaIDs.values()) {
      await payload.delete({ collection: 'media', id, overrideAccess: true }).catch(() => undefined)
    }
    return { ...base, images: imageReports(), message: `Not imported: ${(error as Error).message}` }
  }
}

const loadContext = async (payload: Payload, tenantID: ID) => ({
  configs: guideEditorConfigs(payload.config),
  names: await loadReferenceNames(payload),
  policy: await loadLinkPolicy({ payload, tenantID }),
})

/**
 * Imports Markdown articles (or .zip archives of them) into one publication as draft guides; a dry
 * run reports the same without storing anything. The admin view, the REST endpoint and the
 * command line all call this.
 */
export const importGuides = async (options: ImportOptions): Promise<ImportReport> => {
  const { payload, user } = options
  if (!user) throw new ImportRefused(401, 'Sign in to import articles.')
  if (!options.tenant) throw new ImportRefused(400, 'Choose the publication to import into.')
  const tenant = await resolveTenant(payload, options.tenant)
  if (!tenant) throw new ImportRefused(400, `There is no publication "${options.tenant}".`)
  if (!isSuperAdmin(user) && !hasRoleInTenant(user, tenant.id, contentManagerRoles))
    throw new ImportRefused(403, `Only editors and admins of ${tenant.slug} can import into it.`)
  if (options.locale) {
    if (!isLocaleCode(options.locale))
      throw new ImportRefused(400, `"${options.locale}" is not a language of this installation.`)
    if (!tenant.enabledLocales.includes(options.locale))
      throw new ImportRefused(400, `${tenant.slug} does not offer ${options.locale}.`)
  }
  if (options.files.length === 0) throw new ImportRefused(400, 'Add at least one .md or .zip file.')

  const context = await loadContext(payload, tenant.id)
  const files: FileReport[] = []
  for (const source of readUploads(options.files)) {
    files.push(
      'error' in source
        ? { file: source.name, message: source.error, status: 'error' }
        : await importOne(options, tenant, context, source),
    )
  }
  return { dryRun: options.dryRun, files, tenant: { id: tenant.id, slug: tenant.slug } }
}
