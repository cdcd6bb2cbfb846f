/**
 * The guide fields that hold Lexical rich text, by translation path. Which paths a translation
 * may set at all is isTranslatablePath's (saveTranslatedFields.ts) to say.
 */
const richTextPathPattern = /^(body|steps\.\d+\.body|faq\.\d+\.answer)$/

export const isRichTextPath = (path: string): boolean => richTextPathPattern.test(path)

/** The value at a translation path of one locale's content (`steps.2.body` → that row's body). */
export const valueAtPath = (content: unknown, path: string): unknown => {
  if (!content || typeof content !== 'object') return undefined
  const [head, index, leaf] = path.split('.')
  const value = (content as Record<string, unknown>)[head]
  if (!leaf) return value
  const row = Array.isArray(value) ? (value[Number(index)] as unknown) : undefined
  return row && typeof row === 'object' ? (row as Record<string, unknown>)[leaf] : undefined
}
