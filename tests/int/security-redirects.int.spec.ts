import { describe, expect, it } from 'vitest'

import { languageSwitchTarget } from '@/lib/site/languageSwitch'
import { sameHostPath } from '@/lib/security/sameHostPath'

/** Targets an attacker would put in `?path=` to leave the site, and the ones readers use. */
const offSite = [
  '/\\evil.example',
  '/\t/evil.example',
  '/%09/evil.example'.replace('%09', '\t'),
  '//evil.example',
  '///evil.example',
  '/\\/evil.example',
  'https://evil.example/',
  'evil.example',
  'javascript:alert(1)',
  '/en\r\nSet-Cookie: x=1',
  '/en\nLocation: https://evil.example',
  '/\u0000evil.example',
  '/./\\evil.example',
  '/..//evil.example',
  '',
  `/${'a'.repeat(3000)}`,
]

describe('sameHostPath', () => {
  it.each(offSite)('should refuse %j', (target) => {
    expect(sameHostPath(target)).toBeNull()
  })

  it('should keep a reader path with its query and fragment', () => {
    expect(sameHostPath('/zh-Hant/guides/activate?from=menu#steps')).toBe(
      '/zh-Hant/guides/activate?from=menu#steps',
    )
  })

  it('should keep an encoded path unchanged rather than decode it into a backslash', () => {
    expect(sameHostPath('/%5Cevil.example')).toBe('/%5Cevil.example')
  })

  it('should refuse an absent target', () => {
    expect(sameHostPath(null)).toBeNull()
  })
})

describe('the language switcher', () => {
  it.each(offSite)('should not redirect to %j', (target) => {
    expect(languageSwitchTarget(target)).toBeNull()
  })

  it('should lead to a reader page in the chosen locale', () => {
    expect(languageSwitchTarget('/ur/guides/activate')).toEqual({
      locale: 'ur',
      path: '/ur/guides/activate',
    })
  })
})
