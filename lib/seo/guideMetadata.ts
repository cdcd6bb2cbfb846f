import type { Guide, Media } from '@/payload-types'
import { lexicalToPlainText } from '@/lib/richText/plainText'
import type { FaqEntry, HowToStepInput } from './jsonLd'
import { absoluteUrl } from './urls'

/** Longest description made from body text, in code points, ellipsis included. */
export const descriptionLimit = 160
/** Chinese carries more per character and has no spaces to cut at, so its limit is lower. */
export const cjkDescriptionLimit = 80

const collapseWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim()

const cjkChar = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u
const letter = /\p{L}/u

/**
 * True when at least 30% of the letters in the first `descriptionLimit` characters are Han or
 * kana: Chinese text with a Latin brand name in it ('激活 Zong 电话卡') is CJK, an English
 * paragraph mentioning one Chinese word is not.
 */
export const isMostlyCjk = (text: string): boolean => {
  const head = Array.from(text).slice(0, descriptionLimit)
  const letters = head.filter((char) => letter.test(char))
  if (letters.length === 0) return false
  return letters.filter((char) => cjkChar.test(char)).length / letters.length >= 0.3
}

const whitespace = /\s/u
const latinOrDigit = /[\p{Script=Latin}\p{N}]/u
/** Ends a sentence: no ellipsis is added after it. */
const sentenceEnd = /[.!?。！？]$/u
/** Left dangling by a cut and dropped before the ellipsis. */
const danglingTail = /[\s,;:、，；：\-–—(（[「『"'“‘]+$/u

/**
 * Shortens `text` to at most `limit` code points (so surrogate pairs and emoji are never split),
 * ellipsis included. Spaced scripts are cut at the last word boundary; CJK text is cut at the
 * character, backing off a Latin word or number it would otherwise split. Text that fits is
 * returned unchanged; whitespace is collapsed either way.
 */
export const truncateDescription = (text: string, limit = descriptionLimit): string => {
  const clean = collapseWhitespace(text)
  const chars = Array.from(clean)
  if (chars.length <= limit) return clean

  const budget = Math.max(1, limit - 1) // room for the ellipsis
  let end = budget
  const splitsWord = (at: number, word: RegExp) =>
    at > 0 && at < chars.length && word.test(chars[at - 1]) && word.test(chars[at])

  if (isMostlyCjk(clean)) {
    // Back off a Latin word split by the cut, unless it is improbably long.
    let back = end
    while (splitsWord(back, latinOrDigit) && end - back < 20) back -= 1
    if (!splitsWord(back, latinOrDigit)) end = back
  } else if (!whitespace.test(chars[end])) {
    let space = end - 1
    while (space > 0 && !whitespace.test(chars[space])) space -= 1
    // One unbroken word longer than the limit (a URL): cut inside it.
    if (space > 0) end = space
  }

  const cut = chars.slice(0, end).join('').replace(danglingTail, '')
  return sentenceEnd.test(cut) ? cut : `${cut}…`
}

export type GuideDescriptionSource = Pick<Guide, 'title'> &
  Partial<Pick<Guide, 'summary' | 'body' | 'meta'>>

/**
 * The page description, first of:
 * 1. the editor's SEO description (meta.description, from the SEO plugin), as written;
 * 2. the summary, as written;
 * 3. the body's plain text, shortened to 160 characters at a word boundary (80 for CJK text);
 * 4. the title.
 * Whitespace is collapsed to single spaces. Empty only when every one of them is empty.
 */
export const guideDescription = (guide: GuideDescriptionSource): string => {
  const explicit = [guide.meta?.description, guide.summary]
    .map((value) => (typeof value === 'string' ? collapseWhitespace(value) : ''))
    .find(Boolean)
  if (explicit) return explicit

  const bodyText = collapseWhitespace(lexicalToPlainText(guide.body))
  if (bodyText)
    return truncateDescription(
      bodyText,
      isMostlyCjk(bodyText) ? cjkDescriptionLimit : descriptionLimit,
    )

  return typeof guide.title === 'string' ? collapseWhitespace(guide.title) : ''
}

/**
 * Absolute URL of an upload, preferring a named image size. Relationship fields arrive as an ID
 * when not populated (depth 0): then there is no URL to give, so undefined.
 */
export const mediaUrl = (
  media: number | string | Media | null | undefined,
  origin: string,
  size?: keyof NonNullable<Media['sizes']>,
): string | undefined => {
  if (typeof media !== 'object' || media === null) return undefined
  const url = (size && media.sizes?.[size]?.url) || media.url
  return url ? absoluteUrl(origin, url) : undefined
}

/** The guide's social/structured-data image (meta.image at its 'og' size), if populated. */
export const guideImageUrl = (
  guide: Partial<Pick<Guide, 'meta'>>,
  origin: string,
): string | undefined => mediaUrl(guide.meta?.image, origin, 'og')

/** FAQ entries for faqPageJsonLd, answers as plain text. */
export const guideFaqEntries = (guide: Partial<Pick<Guide, 'faq'>>): FaqEntry[] =>
  (guide.faq ?? []).map(({ question, answer }) => ({
    question: question ?? '',
    answerText: lexicalToPlainText(answer),
  }))

/** Steps for howToJsonLd, bodies as plain text. */
export const guideHowToSteps = (guide: Partial<Pick<Guide, 'steps'>>): HowToStepInput[] =>
  (guide.steps ?? []).map(({ title, body }) => ({
    name: title ?? '',
    text: lexicalToPlainText(body),
  }))
