/**
 * Imports Markdown articles (or .zip archives of them) into a publication as draft guides:
 *
 *   npm run import -- --tenant SLUG [--locale CODE] [--dry-run] [--as EMAIL] FILES...
 *
 * The same import as the admin's Import view and POST /api/guides/import. It runs as the account
 * named by --as (or IMPORT_AS), with that account's permissions; without one, as the first
 * super-admin. DATABASE_URI chooses the database, as for the server.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { getPayload, type Payload } from 'payload'

import { ImportRefused } from '@/lib/import/importErrors'
import { importGuides, type ImportReport, type ImportUser } from '@/lib/import/importGuides'

const usage =
  'Usage: npm run import -- --tenant SLUG [--locale CODE] [--dry-run] [--as EMAIL] FILES...'

const findActor = async (payload: Payload, email: string | undefined): Promise<ImportUser> => {
  const { docs } = await payload.find({
    collection: 'users',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    sort: 'createdAt',
    where: email ? { email: { equals: email } } : { roles: { in: ['super-admin'] } },
  })
  if (!docs[0])
    throw new ImportRefused(400, email ? `No account ${email}.` : 'No super-admin account.')
  return { ...docs[0], collection: 'users' } as ImportUser
}

const printReport = (report: ImportReport) => {
  console.log(`${report.dryRun ? 'Dry run for' : 'Imported into'} ${report.tenant.slug}`)
  for (const entry of report.files) {
    console.log(
      `\n${entry.status.toUpperCase()}  ${entry.file}${entry.guideID !== undefined ? `  (guide ${entry.guideID})` : ''}`,
    )
    if (entry.message) console.log(`  ${entry.message}`)
    if (entry.title) console.log(`  title: ${entry.title}\n  slug: ${entry.slug}`)
    if (entry.locale)
      console.log(`  language: ${entry.locale.value ?? 'unknown'} (${entry.locale.reason})`)
    for (const [name, detection] of Object.entries(entry.detected ?? {})) {
      const value = detection.value === null ? 'not set' : JSON.stringify(detection.value)
      console.log(
        `  ${name}: ${value}${detection.evidence.length ? ` ← ${detection.evidence.join(', ')}` : ''} (${detection.reason})`,
      )
    }
    if (entry.steps !== undefined) console.log(`  steps: ${entry.steps}, FAQ: ${entry.faq}`)
    for (const link of entry.links ?? [])
      console.log(`  link ${link.action}: ${link.url} (line ${link.line}, ${link.reason})`)
    for (const image of entry.images ?? [])
      console.log(`  image ${image.action}: ${image.url} (${image.reason})`)
  }
}

const main = async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      as: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      locale: { type: 'string' },
      tenant: { type: 'string' },
    },
  })
  if (!values.tenant || positionals.length === 0) {
    console.error(usage)
    process.exitCode = 2
    return
  }
  const files = positionals.map((file) => ({
    data: new Uint8Array(readFileSync(file)),
    name: path.basename(file),
  }))
  const { default: config } = await import('@/payload.config')
  const payload = await getPayload({ config })
  try {
    const report = await importGuides({
      dryRun: values['dry-run'],
      files,
      locale: values.locale ?? null,
      payload,
      tenant: values.tenant,
      user: await findActor(payload, values.as ?? process.env.IMPORT_AS),
    })
    printReport(report)
    if (report.files.some((entry) => entry.status === 'error' || entry.status === 'conflict'))
      process.exitCode = 1
  } catch (error) {
    console.error(error instanceof ImportRefused ? error.message : error)
    process.exitCode = 2
  } finally {
    await payload.destroy()
  }
}

await main()
