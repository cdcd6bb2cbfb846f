/**
 * Builds the reader site's stylesheets and fonts into public/assets before each build. Every file
 * gets a name derived from its content, so the server can tell browsers to keep it for a year
 * (next.config.mjs) and a changed file is a new address. Writes public/assets/manifest.json, from
 * which pages link them (lib/site/readerAssets.ts).
 *
 * Fonts come from the @fontsource packages (no page ever asks a font CDN): one stylesheet per
 * script, so a Chinese page loads only the CJK faces and an Urdu page only the Nastaliq ones.
 * The language switcher names each language in its own script on every page, so a tiny font
 * holding just those glyphs is made for it.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import subsetFont from 'subset-font'

import { readerAssetsDir, type ReaderAssetManifest } from '@/lib/site/readerAssets'

type FontSet = { css: string[]; name: keyof ReaderAssetManifest['fonts']; packageName: string }

const fontSets: FontSet[] = [
  { css: ['400.css', '700.css'], name: 'noto-sans', packageName: 'noto-sans' },
  { css: ['400.css', '700.css'], name: 'noto-sans-sc', packageName: 'noto-sans-sc' },
  { css: ['400.css', '700.css'], name: 'noto-sans-tc', packageName: 'noto-sans-tc' },
  { css: ['400.css', '700.css'], name: 'noto-nastaliq-urdu', packageName: 'noto-nastaliq-urdu' },
]

/** The language switcher's labels outside Latin script, and the font each is drawn from. */
const labelFaces = [
  { packageName: 'noto-sans-sc', text: '简体中文' },
  { packageName: 'noto-sans-tc', text: '繁體' },
  { packageName: 'noto-nastaliq-urdu', text: 'اردو' },
]

const root = process.cwd()
const target = path.join(root, readerAssetsDir)
const fontsource = (packageName: string) =>
  path.join(root, 'node_modules', '@fontsource', packageName)

const hashOf = (content: Buffer | string) =>
  createHash('sha256').update(content).digest('hex').slice(0, 10)

/** Writes `content` as `<base>.<hash><ext>` under public/assets and returns its URL path. */
const writeHashed = (relativeDir: string, base: string, ext: string, content: Buffer | string) => {
  const name = `${base}.${hashOf(content)}${ext}`
  mkdirSync(path.join(target, relativeDir), { recursive: true })
  writeFileSync(path.join(target, relativeDir, name), content)
  return `/assets/${relativeDir ? `${relativeDir}/` : ''}${name}`
}

const codePointRange = (text: string) =>
  [...new Set(Array.from(text))].map((char) => `U+${char.codePointAt(0)!.toString(16)}`).join(',')

/** The @fontsource file whose unicode-range holds `char`, at weight 400. */
const fontFileFor = (packageName: string, char: string): string => {
  const css = readFileSync(path.join(fontsource(packageName), '400.css'), 'utf8')
  const point = char.codePointAt(0)!
  for (const face of css.split('@font-face').slice(1)) {
    const file = face.match(/url\(\.\/files\/([^)]+\.woff2)\)/)?.[1]
    const ranges = face.match(/unicode-range:([^;]+);/)?.[1]
    if (!file || !ranges) continue
    const bounds = ranges.split(',').map((range) => {
      const [start, end] = range.trim().replace(/^U\+/i, '').split('-')
      return [parseInt(start, 16), parseInt(end ?? start, 16)]
    })
    if (bounds.some(([start, end]) => point >= start && point <= end))
      return path.join(fontsource(packageName), 'files', file)
  }
  throw new Error(`No @fontsource/${packageName} file covers "${char}"`)
}

/** The characters of `text` grouped by the font file that holds them. */
const charactersByFile = (packageName: string, text: string): Map<string, string> => {
  const groups = new Map<string, string>()
  for (const char of new Set(Array.from(text))) {
    const file = fontFileFor(packageName, char)
    groups.set(file, (groups.get(file) ?? '') + char)
  }
  return groups
}

const main = async () => {
  rmSync(target, { force: true, recursive: true })
  mkdirSync(target, { recursive: true })

  let fontFiles = 0
  const fonts = {} as ReaderAssetManifest['fonts']
  for (const set of fontSets) {
    const source = fontsource(set.packageName)
    const css = set.css
      .map((file) => readFileSync(path.join(source, file), 'utf8'))
      .join('\n')
      // Only WOFF2: every browser that renders these scripts well reads it.
      .replace(/, url\(\.\/files\/[^)]+\.woff\) format\('woff'\)/g, '')
      .replace(/url\(\.\/files\/([^)]+)\.woff2\)/g, (_match, file: string) => {
        fontFiles += 1
        const content = readFileSync(path.join(source, 'files', `${file}.woff2`))
        return `url(${writeHashed(`fonts/${set.name}`, file, '.woff2', content)})`
      })
    fonts[set.name] = writeHashed('', set.name, '.css', css)
  }

  const labelCss: string[] = []
  for (const face of labelFaces) {
    for (const [file, chars] of charactersByFile(face.packageName, face.text)) {
      const subset = await subsetFont(readFileSync(file), chars, { targetFormat: 'woff2' })
      const url = writeHashed('fonts/labels', face.packageName, '.woff2', subset)
      labelCss.push(
        `@font-face{font-family:'Roampress Language Labels';font-style:normal;font-weight:400;` +
          `font-display:swap;src:url(${url}) format('woff2');unicode-range:${codePointRange(chars)}}`,
      )
    }
  }

  const readerCss = [
    readFileSync(path.join(root, 'components', 'reader.css'), 'utf8'),
    ...labelCss,
  ].join('\n')
  const manifest: ReaderAssetManifest = {
    fonts,
    readerCss: writeHashed('', 'reader', '.css', readerCss),
  }
  writeFileSync(path.join(target, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  console.log(
    `Reader assets: ${fontFiles} font files, ${labelCss.length} label subsets, 5 stylesheets`,
  )
}

await main()
