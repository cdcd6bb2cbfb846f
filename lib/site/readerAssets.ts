import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { LocaleCode } from '@/i18n/locales'

/** Where scripts/buildReaderAssets.ts writes the content-named stylesheets and fonts. */
export const readerAssetsDir = path.join('public', 'assets')

export type ReaderAssetManifest = {
  fonts: Record<'noto-nastaliq-urdu' | 'noto-sans' | 'noto-sans-sc' | 'noto-sans-tc', string>
  readerCss: string
}

let manifest: ReaderAssetManifest | undefined

const readManifest = (): ReaderAssetManifest => {
  if (manifest) return manifest
  const file = path.join(process.cwd(), readerAssetsDir, 'manifest.json')
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as ReaderAssetManifest
  } catch (error) {
    throw new Error(
      `The reader stylesheets are missing (${file}): \`npm run build\` or \`npm run assets\` makes them.`,
      { cause: error },
    )
  }
  return manifest
}

/**
 * The stylesheets of a page in `locale`: ours, and only the fonts its script needs (the font
 * files are split by Unicode range, so a browser fetches only the pieces a page uses).
 */
export const readerStylesheets = (locale: LocaleCode): string[] => {
  const { fonts, readerCss } = readManifest()
  const base = [readerCss, fonts['noto-sans']]
  if (locale === 'zh-Hans') return [...base, fonts['noto-sans-sc']]
  if (locale === 'zh-Hant') return [...base, fonts['noto-sans-tc']]
  if (locale === 'ur') return [...base, fonts['noto-nastaliq-urdu']]
  return base
}
