import type { ValidationResult } from './referenceData'

/**
 * Slugs keep letters of every script, so a Chinese or Urdu guide gets a readable URL in its own
 * language; anything that is not a letter or digit becomes a single hyphen.
 */
export const slugify = (text: string): string =>
  text
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .slice(0, 120)
    .replace(/^-+|-+$/g, '')

export const validateSlug = (value: unknown): ValidationResult => {
  if (typeof value !== 'string' || value.length === 0) return 'A slug is required.'
  if (value !== value.toLocaleLowerCase('en')) return 'Use lower-case letters in the slug.'
  return /^[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*$/u.test(value)
    ? true
    : 'Use letters, digits and single hyphens in the slug, with no spaces or other marks.'
}
