import { urlsInText } from '@/lib/linkPolicy/findLinks'
import { classifyLink, type LinkPolicy } from '@/lib/linkPolicy/linkPolicy'

export type LinkAction = 'kept' | 'nofollow' | 'sponsored' | 'removed'

/** One link of an imported article and what the import did with it. */
export type LinkReport = {
  action: LinkAction
  /** 1-based line of the Markdown file. */
  line: number
  reason: string
  text: string
  url: string
}

/** An image the article loads from elsewhere; the import downloads it or leaves it out. */
export type ImageReference = { alt: string; line: number; url: string }

export type PolicedMarkdown = {
  images: ImageReference[]
  links: LinkReport[]
  markdown: string
}

const linkPattern = /(!?)\[([^[\]]*)\]\(\s*<?([^()\s<>]+)>?(?:\s+"[^"]*")?\s*\)/g
/** A bracket group that wraps links (`[[TG @x](https://t.me/x) ![i](…)]`) without being one. */
const wrapperPattern =
  /\[((?:[^[\]]|!?\[[^[\]]*\]\([^()]*\))*?\[[^[\]]*\]\([^()]*\)(?:[^[\]]|!?\[[^[\]]*\]\([^()]*\))*)\](?!\()/g
/** A promoter's lead-in right before a removed link: `TG💪+ @someone`, `Telegram: @someone`. */
const handleBefore =
  /(?:(?:TG|Telegram|WhatsApp|WA|Discord|电报|電報|飞机|飛機|群|频道|頻道|加群)[^\s@]{0,6}\s*[:：]?\s*)?@[\w.]+\s*[:：]?\s*$/iu
const handleAfter = /^\s*[:：]?\s*@[\w.]+/u
const promotionalText =
  /@[\w.]+|^\s*(?:https?:\/\/|t\.me|wa\.me)|telegram|whatsapp|discord|\bTG\b|电报|電報|飞机|飛機|群|频道|頻道|加入|关注|關注|join|follow|subscribe|deals|واٹس ایپ|ٹیلی گرام|گروپ|چینل/iu
const clauseEnd = /[，。！？；,.!?;،۔]/u
/** What a line is left with when only the promotion was on it: punctuation, emoji, spaces. */
const leftoverOnly = /^[\s\p{P}\p{S}\p{Emoji_Presentation}\p{Extended_Pictographic}\uFE0F+]*$/u

/**
 * Around each removed promotional link (marked \u0000): the clause that invites readers to the
 * channel goes when it reads as promotion, otherwise only the handle right next to the link.
 */
const removePromotionalClauses = (text: string): string => {
  let line = text
  let at = line.indexOf('\u0000')
  while (at >= 0) {
    const before = line.slice(0, at)
    const after = line.slice(at + 1)
    const startMatch = [...before.matchAll(new RegExp(clauseEnd.source, 'gu'))].pop()
    const start = startMatch ? (startMatch.index ?? 0) + 1 : 0
    const endMatch = clauseEnd.exec(after)
    const end = endMatch ? endMatch.index : after.length
    const clause = `${before.slice(start)}${after.slice(0, end)}`
    if (promotionalText.test(clause)) {
      // A clause that opens the line takes its trailing comma with it.
      const rest = after.slice(end)
      line = `${before.slice(0, start)}${start === 0 && /^[，,、;；]/u.test(rest) ? rest.slice(1).trimStart() : rest}`
    } else {
      line = `${before.replace(handleBefore, '')}${after.replace(handleAfter, '')}`
    }
    at = line.indexOf('\u0000')
  }
  return line
}

const maskLinks = (line: string) => line.replace(linkPattern, (match) => ' '.repeat(match.length))

type LineResult = { images: ImageReference[]; line: string; links: LinkReport[] }

const policeLine = (original: string, lineNumber: number, policy: LinkPolicy): LineResult => {
  const links: LinkReport[] = []
  const images: ImageReference[] = []
  const report = (action: LinkAction, url: string, text: string, reason: string) =>
    links.push({ action, line: lineNumber, reason, text, url })

  // A wrapper around a denied link is promotion as a whole: the images inside it go too.
  let line = original.replace(wrapperPattern, (group, inner: string) => {
    const inside = [...inner.matchAll(linkPattern)]
    const denied = inside.find(
      ([, bang, , url]) => !bang && classifyLink(url, policy).action === 'deny',
    )
    if (!denied) return group
    for (const [, bang, text, url] of inside) {
      const verdict = classifyLink(url, policy)
      const why =
        verdict.action === 'deny'
          ? `matches the denied pattern ${verdict.pattern}`
          : `part of a promotion for ${denied[3]}`
      report('removed', url, text, bang ? `image ${why}` : why)
    }
    return ''
  })

  line = line.replace(
    linkPattern,
    (match, bang: string, text: string, url: string, offset: number, whole: string) => {
      const verdict = classifyLink(url, policy)
      if (bang) {
        if (verdict.action === 'deny') {
          report('removed', url, text, `image matches the denied pattern ${verdict.pattern}`)
          return ''
        }
        images.push({ alt: text, line: lineNumber, url })
        return match
      }
      if (verdict.action === 'deny') {
        const isPromotion = promotionalText.test(text) || handleBefore.test(whole.slice(0, offset))
        report(
          'removed',
          url,
          text,
          `matches the denied pattern ${verdict.pattern}${isPromotion ? ', with its promotional text' : ''}`,
        )
        return isPromotion ? '\u0000' : text
      }
      if (verdict.action === 'mark')
        report(verdict.rel, url, text, `external link marked ${verdict.rel}`)
      else
        report(
          'kept',
          url,
          text,
          verdict.action === 'allow' ? 'allowed domain' : 'link within the site',
        )
      return match
    },
  )
  // Denied addresses typed as text, outside any Markdown link, are promotion too.
  for (const url of urlsInText(maskLinks(line))) {
    const verdict = classifyLink(url, policy)
    if (verdict.action !== 'deny') {
      report('kept', url, url, 'address written as text, not a link')
      continue
    }
    report(
      'removed',
      url,
      url,
      `matches the denied pattern ${verdict.pattern}, with its promotional text`,
    )
    line = line.replace(url, '\u0000')
  }
  line = removePromotionalClauses(line)

  if (line !== original) {
    line = line
      .replace(/\[\s*\]|\(\s*\)|（\s*）|【\s*】/g, '')
      .replace(/[ \t]+([，。！？、,.!?])/g, '$1')
      .replace(/[ \t]+$/, '')
    if (leftoverOnly.test(line)) line = ''
  }
  return { images, line, links }
}

/**
 * Applies a publication's link policy to an article before it is converted: denied links go, with
 * the promotional handles and brackets around them; lines left empty by that go too. Every link
 * and hot-linked image is reported with what was done.
 */
export const applyLinkPolicy = (markdown: string, policy: LinkPolicy): PolicedMarkdown => {
  const links: LinkReport[] = []
  const images: ImageReference[] = []
  const kept: string[] = []
  let isInFence = false
  markdown.split('\n').forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) isInFence = !isInFence
    if (isInFence) {
      kept.push(line)
      return
    }
    const result = policeLine(line, index + 1, policy)
    links.push(...result.links)
    images.push(...result.images)
    // A line that only carried promotion disappears instead of leaving a blank paragraph.
    if (result.line || !line.trim()) kept.push(result.line)
  })
  return { images, links, markdown: kept.join('\n').replace(/\n{3,}/g, '\n\n') }
}
