import type { LocaleCode } from '@/i18n/locales'

/**
 * Stylesheets copied to public/fonts by scripts/copyFonts.ts. Each page loads only the faces its
 * script needs; the files are split by Unicode range, so the browser fetches only the pieces
 * whose characters appear on the page.
 */
export const fontStylesheets = (locale: LocaleCode): string[] => {
  const base = ['/fonts/noto-sans.css']
  if (locale === 'zh-Hans') return [...base, '/fonts/noto-sans-sc.css']
  if (locale === 'zh-Hant') return [...base, '/fonts/noto-sans-tc.css']
  if (locale === 'ur') return [...base, '/fonts/noto-nastaliq-urdu.css']
  return base
}
