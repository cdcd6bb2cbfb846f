/**
 * What a publication does with the links in its guides: some domains are trusted (its carriers'
 * own sites), some patterns are never allowed (messaging-channel invites, link shorteners), and
 * every other external link is marked so search engines do not read it as an endorsement.
 */
export type UnknownLinkRel = 'nofollow' | 'sponsored'

export type LinkPolicy = {
  /** Hosts (and their subdomains) linked without any rel. */
  allowedDomains: string[]
  /** Hosts whose links are paid placements: always `sponsored`. */
  affiliateDomains: string[]
  /** Host patterns (`t.me`, `*.example.com`) or URL prefixes that may never appear. */
  deniedPatterns: string[]
  /** The rel for an external link that is neither allowed nor denied. */
  unknownLinkRel: UnknownLinkRel
}

export const defaultDeniedPatterns = [
  't.me',
  'telegram.me',
  'telegram.dog',
  'wa.me',
  'chat.whatsapp.com',
  'discord.gg',
  'discord.com/invite',
  'bit.ly',
  'tinyurl.com',
  't.co',
  'goo.gl',
  'is.gd',
  'ow.ly',
  'cutt.ly',
  'rebrand.ly',
  'shorturl.at',
] as const

export type LinkVerdict =
  | { action: 'allow'; rel: null }
  | { action: 'deny'; pattern: string; rel: null }
  | { action: 'mark'; rel: UnknownLinkRel }
  | { action: 'internal'; rel: null }

const hostMatches = (host: string, domain: string): boolean => {
  const bare = domain.replace(/^\*\./, '').toLowerCase()
  return host === bare || host.endsWith(`.${bare}`)
}

/** A URL with a scheme, or a scheme-less `example.com/...` as Markdown authors often write. */
export const parseLink = (raw: string): URL | null => {
  const text = raw.trim()
  if (!text) return null
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`)
  } catch {
    return null
  }
}

const matchesPattern = (url: URL, pattern: string): boolean => {
  const host = url.hostname.toLowerCase()
  const [patternHost, ...pathParts] = pattern.toLowerCase().split('/')
  if (!hostMatches(host, patternHost)) return false
  const patternPath = pathParts.join('/')
  return !patternPath || url.pathname.toLowerCase().replace(/^\//, '').startsWith(patternPath)
}

/**
 * What the policy says about one link. Relative links, anchors, `mailto:` and `tel:` stay on
 * the site or the reader's device, so they are internal.
 */
export const classifyLink = (href: string, policy: LinkPolicy): LinkVerdict => {
  const trimmed = href.trim()
  if (/^(#|\/(?!\/)|mailto:|tel:)/i.test(trimmed)) return { action: 'internal', rel: null }
  const url = parseLink(trimmed.startsWith('//') ? `https:${trimmed}` : trimmed)
  if (!url || !/^https?:$/.test(url.protocol)) {
    // javascript:, data: and anything unreadable never reach a reader.
    return { action: 'deny', pattern: url ? url.protocol : 'unreadable address', rel: null }
  }
  const denied = policy.deniedPatterns.find((pattern) => matchesPattern(url, pattern))
  if (denied) return { action: 'deny', pattern: denied, rel: null }
  const host = url.hostname.toLowerCase()
  if (policy.affiliateDomains.some((domain) => hostMatches(host, domain)))
    return { action: 'mark', rel: 'sponsored' }
  if (policy.allowedDomains.some((domain) => hostMatches(host, domain)))
    return { action: 'allow', rel: null }
  return { action: 'mark', rel: policy.unknownLinkRel }
}

/** The `rel` a reader page gives a link: external links also get noopener and noreferrer. */
export const relForLink = (href: string, policy: LinkPolicy): string | undefined => {
  const verdict = classifyLink(href, policy)
  if (verdict.action === 'internal') return undefined
  return ['noopener', 'noreferrer', verdict.rel].filter(Boolean).join(' ')
}
