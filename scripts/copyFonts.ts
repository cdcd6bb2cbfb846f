/**
 * Copies the self-hosted web fonts into public/fonts before a build: one stylesheet per script,
 * so a Chinese page loads only the CJK font faces and an Urdu page only the Nastaliq ones. The
 * fonts come from the @fontsource packages; no page ever asks a font CDN.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

type FontSet = { css: string[]; name: string; packageName: string }

export const fontSets: FontSet[] = [
  { css: ['400.css', '700.css'], name: 'noto-sans', packageName: 'noto-sans' },
  { css: ['400.css'], name: 'noto-sans-sc', packageName: 'noto-sans-sc' },
  { css: ['400.css'], name: 'noto-sans-tc', packageName: 'noto-sans-tc' },
  { css: ['400.css', '700.css'], name: 'noto-nastaliq-urdu', packageName: 'noto-nastaliq-urdu' },
]

const root = process.cwd()
const target = path.join(root, 'public', 'fonts')
rmSync(target, { force: true, recursive: true })

let files = 0
for (const set of fontSets) {
  const source = path.join(root, 'node_modules', '@fontsource', set.packageName)
  const setDir = path.join(target, set.name)
  mkdirSync(setDir, { recursive: true })
  const css = set.css
    .map((file) => readFileSync(path.join(source, file), 'utf8'))
    .join('\n')
    // Only WOFF2: every browser that renders these scripts well reads it.
    .replace(/, url\(\.\/files\/[^)]+\.woff\) format\('woff'\)/g, '')
    .replace(/url\(\.\/files\//g, `url(/fonts/${set.name}/`)
  writeFileSync(path.join(target, `${set.name}.css`), css)
  const wanted = new Set(
    [...css.matchAll(/\/fonts\/[^/]+\/([^)]+\.woff2)/g)].map((match) => match[1]),
  )
  for (const file of readdirSync(path.join(source, 'files'))) {
    if (!wanted.has(file)) continue
    copyFileSync(path.join(source, 'files', file), path.join(setDir, file))
    files += 1
  }
}
console.log(`Copied ${files} font files to public/fonts`)
