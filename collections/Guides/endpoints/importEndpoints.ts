import type { Endpoint, PayloadRequest } from 'payload'

import { ImportRefused } from '@/lib/import/importErrors'
import { importGuides, type ImportUser } from '@/lib/import/importGuides'
import { maxZipBytes, type UploadedFile } from '@/lib/import/readUploads'

/** Several archives at most: anything larger is refused before the body is read. */
const maxRequestBytes = maxZipBytes * 3

const problem = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

const isTrue = (value: FormDataEntryValue | null) =>
  typeof value === 'string' && ['1', 'true', 'on', 'yes'].includes(value.toLowerCase())

const readForm = async (req: PayloadRequest): Promise<FormData | null> => {
  if (!req.headers.get('content-type')?.includes('multipart/form-data') || !req.formData)
    return null
  try {
    return await req.formData()
  } catch {
    return null
  }
}

/**
 * POST /api/guides/import: multipart `files` (Markdown or .zip), `tenant` (slug or ID), optional
 * `locale` and `dryRun`. Answers the import report as JSON; a refused request answers 4xx with
 * a message and stores nothing.
 */
const importHandler = async (req: PayloadRequest): Promise<Response> => {
  const user = req.user?.collection === 'users' ? (req.user as ImportUser) : null
  if (!user) return problem(401, 'Sign in to import articles.')
  if (Number(req.headers.get('content-length') ?? 0) > maxRequestBytes)
    return problem(413, `An import may upload at most ${maxRequestBytes / 1024 / 1024} MB at once.`)
  const form = await readForm(req)
  if (!form) return problem(400, 'Send the files as multipart/form-data with a "files" field.')
  const files: UploadedFile[] = []
  for (const entry of form.getAll('files')) {
    if (typeof entry === 'string') return problem(400, '"files" must hold files, not text.')
    files.push({ data: new Uint8Array(await entry.arrayBuffer()), name: entry.name })
  }
  const tenant = form.get('tenant')
  const locale = form.get('locale')
  try {
    const report = await importGuides({
      dryRun: isTrue(form.get('dryRun')),
      files,
      locale: typeof locale === 'string' && locale ? locale : null,
      payload: req.payload,
      tenant: typeof tenant === 'string' ? tenant.trim() : '',
      user,
    })
    return Response.json(report)
  } catch (error) {
    if (error instanceof ImportRefused) return problem(error.status, error.message)
    throw error
  }
}

export const importEndpoints: Endpoint[] = [
  { handler: importHandler, method: 'post', path: '/import' },
]
