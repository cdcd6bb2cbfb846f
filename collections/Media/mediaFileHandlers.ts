import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest, UploadConfig } from 'payload'

type Handler = NonNullable<UploadConfig['handlers']>[number]

const isFileIn = async (directory: string, filename: string): Promise<boolean> => {
  const filePath = path.resolve(directory, filename)
  if (!filePath.startsWith(directory + path.sep)) return false
  return stat(filePath).then(
    (info) => info.isFile(),
    () => false,
  )
}

/**
 * A file named in a media URL that is not on disk (deleted, or never there) is a 404. Payload's
 * own file route answers a missing file with a 500. Payload still serves every file it finds.
 */
export const missingMediaFileHandler =
  (staticDir: string): Handler =>
  (_req: PayloadRequest, { params }) =>
    // Payload's type splits "a response" and "nothing" into two promise types; it awaits either.
    isFileIn(path.resolve(staticDir), params.filename).then((isFile) =>
      isFile
        ? undefined
        : Response.json({ errors: [{ message: 'There is no such media file.' }] }, { status: 404 }),
    ) as Promise<Response>

/**
 * Uploaded files are served with their detected image type only: the browser may not sniff one
 * into HTML, and a file opened on its own runs no script and loads nothing (a sandboxed,
 * source-less document), whatever bytes it carries.
 */
export const mediaFileResponseHeaders = ({ headers }: { headers: Headers }): Headers => {
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Content-Security-Policy', "default-src 'none'; sandbox")
  return headers
}
