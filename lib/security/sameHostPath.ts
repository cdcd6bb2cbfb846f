/**
 * The one test every redirect of this site passes its target through (preview, leaving preview,
 * the language switcher): the target must be a path on the same host. Browsers read `/\x`,
 * `/\tx` and `//x` as another host, and a CR or LF would split the Location header, so anything
 * but a plain absolute path yields null and the caller answers without redirecting off-site.
 */
const maxLength = 2048
/** Control characters (tab, CR, LF among them) and backslashes, which browsers treat as `/`. */
const unsafeCharacter = /[\u0000-\u001f\u007f\\]/
const base = 'http://same-host.invalid'

export const sameHostPath = (raw: string | null | undefined): string | null => {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > maxLength) return null
  if (!raw.startsWith('/') || raw.startsWith('//') || unsafeCharacter.test(raw)) return null
  let url: URL
  try {
    url = new URL(raw, base)
  } catch {
    return null
  }
  if (url.origin !== base) return null
  const path = `${url.pathname}${url.search}${url.hash}`
  // The URL parser resolves `/./` and `/../`; a result that now starts with `//` would leave the host.
  return path.startsWith('//') ? null : path
}
