import { unzipSync } from 'fflate'

/** One uploaded file: a Markdown article ready to import, or why it cannot be. */
export type ImportSource = { name: string; text: string } | { error: string; name: string }

export type UploadedFile = { data: Uint8Array; name: string }

export const maxArticleBytes = 512 * 1024
export const maxZipBytes = 20 * 1024 * 1024
export const maxArticlesPerImport = 200

const markdownName = /\.(md|markdown)$/i
const zipName = /\.zip$/i

const decoder = new TextDecoder('utf-8', { fatal: true })

/** A Markdown file's text, or why it is not one (binary, not UTF-8, empty, too large). */
export const readArticle = ({ data, name }: UploadedFile): ImportSource => {
  if (!markdownName.test(name))
    return { error: 'Not a Markdown file: only .md and .markdown files are imported.', name }
  if (data.length > maxArticleBytes)
    return { error: `Larger than the ${maxArticleBytes / 1024} KB an article may have.`, name }
  let text: string
  try {
    text = decoder.decode(data)
  } catch {
    return { error: 'Not a text file: the content is not UTF-8 Markdown.', name }
  }
  if (text.includes('\u0000')) return { error: 'Not a text file: the content is binary.', name }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (!text.trim()) return { error: 'The file is empty.', name }
  return { name, text }
}

const readZip = ({ data, name }: UploadedFile): ImportSource[] => {
  if (data.length > maxZipBytes)
    return [{ error: `Larger than the ${maxZipBytes / 1024 / 1024} MB a .zip may have.`, name }]
  const skipped: ImportSource[] = []
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(data, {
      // Decided from the directory before anything is inflated, so a zip bomb is never unpacked.
      filter: (file) => {
        if (file.name.endsWith('/') || /(^|\/)(__MACOSX|\.)/.test(file.name)) return false
        if (!markdownName.test(file.name)) return false
        if (file.originalSize > maxArticleBytes) {
          skipped.push({
            error: `Larger than the ${maxArticleBytes / 1024} KB an article may have.`,
            name: `${name}/${file.name}`,
          })
          return false
        }
        return true
      },
    })
  } catch {
    return [{ error: 'Not a readable .zip archive.', name }]
  }
  const articles = Object.entries(entries).map(([entry, bytes]) =>
    readArticle({ data: bytes, name: `${name}/${entry}` }),
  )
  if (articles.length + skipped.length === 0)
    return [{ error: 'The .zip holds no Markdown files.', name }]
  return [...articles, ...skipped]
}

/** Uploaded files (Markdown or .zip archives of Markdown) as the articles to import. */
export const readUploads = (files: readonly UploadedFile[]): ImportSource[] => {
  const sources = files.flatMap((file) =>
    zipName.test(file.name) ? readZip(file) : [readArticle(file)],
  )
  return sources.length > maxArticlesPerImport
    ? [
        ...sources.slice(0, maxArticlesPerImport),
        ...sources.slice(maxArticlesPerImport).map(({ name }) => ({
          error: `More than ${maxArticlesPerImport} articles in one import: import the rest separately.`,
          name,
        })),
      ]
    : sources
}
