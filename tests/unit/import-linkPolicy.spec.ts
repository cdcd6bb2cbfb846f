import { describe, expect, it } from 'vitest'

import { applyLinkPolicy } from '@/lib/import/applyLinkPolicy'
import { findGuideLinks } from '@/lib/linkPolicy/findLinks'
import { classifyLink, relForLink } from '@/lib/linkPolicy/linkPolicy'
import { tenantLinkPolicy } from '@/lib/linkPolicy/tenantLinkPolicy'
import {
  chineseCancelArticle,
  englishEsimArticle,
  promoHandle,
  promoURL,
  urduTopUpArticle,
} from '@/tests/helpers/importFixtures'
import { richText } from '@/tests/helpers/fixtures'

const policy = tenantLinkPolicy({
  coveredDomains: ['claro.com.pe', 'zong.com.pk'],
  ownDomains: ['asia.roampress.test'],
  stored: { affiliateDomains: ['deals.example.com'] },
})

const removedURLs = (markdown: string) =>
  applyLinkPolicy(markdown, policy)
    .links.filter((link) => link.action === 'removed')
    .map((link) => link.url)

describe('link policy', () => {
  it('should deny messaging invites and link shorteners by default', () => {
    for (const url of [
      'https://t.me/s/somechannel',
      'http://wa.me/923001234567',
      'https://chat.whatsapp.com/AbC',
      'https://discord.gg/xyz',
      'https://discord.com/invite/xyz',
      'https://bit.ly/3abc',
      't.me/somechannel',
      'javascript:alert(1)',
    ]) {
      expect(classifyLink(url, policy).action, url).toBe('deny')
    }
  })

  it('should allow covered carrier domains and their subdomains without rel', () => {
    expect(classifyLink('https://www.claro.com.pe/personas/', policy)).toEqual({
      action: 'allow',
      rel: null,
    })
    expect(relForLink('https://www.zong.com.pk/esim', policy)).toBe('noopener noreferrer')
  })

  it('should mark unknown external links nofollow and affiliate domains sponsored', () => {
    expect(relForLink('https://compare.example.org/pk', policy)).toBe(
      'noopener noreferrer nofollow',
    )
    expect(relForLink('https://shop.deals.example.com/sim', policy)).toBe(
      'noopener noreferrer sponsored',
    )
    const sponsoredPolicy = tenantLinkPolicy({
      coveredDomains: [],
      stored: { unknownLinkRel: 'sponsored' },
    })
    expect(relForLink('https://compare.example.org/pk', sponsoredPolicy)).toBe(
      'noopener noreferrer sponsored',
    )
  })

  it('should leave links within the site alone', () => {
    expect(relForLink('/en/guides/other', policy)).toBeUndefined()
    expect(relForLink('#steps', policy)).toBeUndefined()
  })

  it('should use the tenant’s own denied patterns instead of the defaults when it sets them', () => {
    const custom = tenantLinkPolicy({
      coveredDomains: [],
      stored: { deniedPatterns: ['spam.example.net'] },
    })
    expect(classifyLink('https://spam.example.net/x', custom).action).toBe('deny')
    expect(classifyLink('https://t.me/x', custom).action).toBe('mark')
  })
})

describe('applying the link policy to an imported article', () => {
  it('should remove the promotion in the title with its handle and brackets', () => {
    const { markdown } = applyLinkPolicy(chineseCancelArticle, policy)
    expect(markdown.split('\n')[0]).toBe('# 秘鲁Claro手机卡如何注销？一步一步来')
  })

  it('should remove a promotional clause in prose and keep the allowed link beside it', () => {
    const { markdown } = applyLinkPolicy(chineseCancelArticle, policy)
    expect(markdown).toContain('也可以查看 [Claro官网](https://www.claro.com.pe/personas/)。')
    expect(markdown).not.toContain('电报频道')
  })

  it('should drop trailing promotion lines entirely, including the image inside them', () => {
    const result = applyLinkPolicy(chineseCancelArticle, policy)
    expect(result.markdown).not.toContain(promoHandle)
    expect(result.markdown).not.toContain('t.me')
    expect(result.markdown).not.toContain('promo.png')
    expect(result.markdown.trimEnd().split('\n').pop()).toBe('需要本人护照原件和委托书。')
    expect(result.images).toEqual([])
  })

  it('should report every link with what was done to it', () => {
    const { links } = applyLinkPolicy(chineseCancelArticle, policy)
    expect(links.map(({ action, line, url }) => ({ action, line, url }))).toEqual([
      { action: 'removed', line: 1, url: promoURL },
      { action: 'kept', line: 18, url: 'https://www.claro.com.pe/personas/' },
      { action: 'removed', line: 18, url: promoURL },
      { action: 'removed', line: 30, url: promoURL },
      { action: 'removed', line: 30, url: 'https://img.example-host.net/promo.png' },
    ])
  })

  it('should remove a trailing English promotion written as a bare address with a handle', () => {
    const result = applyLinkPolicy(englishEsimArticle, policy)
    expect(result.markdown).not.toMatch(/Telegram|esim_tips_pk|for more deals/)
    expect(removedURLs(englishEsimArticle)).toEqual(['https://t.me/esim_tips_pk'])
  })

  it('should mark unknown links nofollow and list hot-linked images', () => {
    const result = applyLinkPolicy(englishEsimArticle, policy)
    expect(
      result.links.filter((link) => link.action === 'nofollow').map((link) => link.url),
    ).toEqual(['https://compare.example.org/pk'])
    expect(result.images).toEqual([
      { alt: 'eSIM QR code on the counter', line: 21, url: 'IMAGE_URL' },
    ])
  })

  it('should remove an Urdu invitation to a WhatsApp group', () => {
    const result = applyLinkPolicy(urduTopUpArticle, policy)
    expect(result.markdown).not.toMatch(/whatsapp|واٹس ایپ/)
    expect(removedURLs(urduTopUpArticle)).toEqual(['https://chat.whatsapp.com/AbCdEf123'])
  })

  it('should leave an article without links exactly as it was', () => {
    const text = '# Title\n\nPlain prose, with commas. And @mentions of nobody.\n'
    expect(applyLinkPolicy(text, policy)).toEqual({ images: [], links: [], markdown: text })
  })
})

describe('finding links in a guide', () => {
  it('should name the field of every link, rich text and plain text alike', () => {
    const body = richText('Write to https://t.me/x for help')
    expect(
      findGuideLinks({
        body,
        faq: [{ answer: richText('See wa.me/123'), question: 'Q?' }],
        sources: [{ url: 'https://www.zong.com.pk' }],
        steps: [{ title: 'Step', body: null }],
        summary: 'Join https://discord.gg/abc',
        title: 'Plain title',
      }),
    ).toEqual([
      { field: 'summary', url: 'https://discord.gg/abc' },
      { field: 'faq.1.answer', url: 'wa.me/123' },
      { field: 'body', url: 'https://t.me/x' },
      { field: 'sources.1.url', url: 'https://www.zong.com.pk' },
    ])
  })
})
