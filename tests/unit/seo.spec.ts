import type { Metadata } from 'next'
import { describe, expect, it } from 'vitest'

import { localeCodes } from '@/i18n/locales'
import { buildAlternates, hreflangOf } from '@/lib/seo/alternates'
import {
  guideDescription,
  guideFaqEntries,
  guideHowToSteps,
  guideImageUrl,
  isMostlyCjk,
  mediaUrl,
  truncateDescription,
} from '@/lib/seo/guideMetadata'
import {
  articleJsonLd,
  breadcrumbJsonLd,
  faqPageJsonLd,
  howToJsonLd,
  serializeJsonLd,
} from '@/lib/seo/jsonLd'
import { lexicalToPlainText } from '@/lib/richText/plainText'
import {
  absoluteUrl,
  carrierPath,
  countryPath,
  feedPath,
  guidePath,
  homePath,
  localePath,
  searchPath,
  sitemapPath,
  topicPath,
} from '@/lib/seo/urls'
import type { Guide, Media } from '@/payload-types'

/** Pure builders: no Payload boot, no database. */

// Lexical fixtures --------------------------------------------------------------------------------

const text = (value: string) => ({
  type: 'text',
  text: value,
  version: 1,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
})
const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  ...extra,
})
const paragraph = (...children: unknown[]) => element('paragraph', children)
const lexical = (...children: unknown[]) =>
  ({ root: element('root', children) }) as unknown as Guide['body']

const origin = 'https://asia.example.com'

// urls --------------------------------------------------------------------------------------------

describe('reader URLs', () => {
  it('should percent-encode a Chinese slug once per segment', () => {
    expect(guidePath('zh-Hans', '激活-zong-电话卡')).toBe(
      '/zh-Hans/guides/%E6%BF%80%E6%B4%BB-zong-%E7%94%B5%E8%AF%9D%E5%8D%A1',
    )
  })

  it('should percent-encode an Urdu slug and round-trip through decodeURIComponent', () => {
    const slug = 'جاز-سم-کیسے-چالو-کریں'
    const path = guidePath('ur', slug)
    expect(path).toMatch(/^\/ur\/guides\/[A-Za-z0-9%-]+$/)
    expect(decodeURIComponent(path)).toBe(`/ur/guides/${slug}`)
  })

  it('should encode a literal percent sign rather than pass it through', () => {
    expect(localePath('en', 'guides', '100%')).toBe('/en/guides/100%25')
  })

  it('should encode slashes inside a segment so a slug cannot add path segments', () => {
    expect(localePath('en', 'guides', 'a/b')).toBe('/en/guides/a%2Fb')
  })

  it('should build every reader path', () => {
    expect(homePath('en')).toBe('/en')
    expect(countryPath('es', 'pakistan')).toBe('/es/countries/pakistan')
    expect(carrierPath('zh-Hant', '中華電信')).toBe(
      '/zh-Hant/carriers/%E4%B8%AD%E8%8F%AF%E9%9B%BB%E4%BF%A1',
    )
    expect(topicPath('en', 'top-up')).toBe('/en/topics/top-up')
    expect(feedPath('ur')).toBe('/ur/feed.xml')
    expect(sitemapPath()).toBe('/sitemap.xml')
  })

  it('should add an encoded query to the search path only when it is not blank', () => {
    expect(searchPath('en')).toBe('/en/search')
    expect(searchPath('en', '   ')).toBe('/en/search')
    expect(searchPath('en', ' jazz & zong ')).toBe('/en/search?q=jazz%20%26%20zong')
    expect(searchPath('zh-Hans', '充值')).toBe('/zh-Hans/search?q=%E5%85%85%E5%80%BC')
  })

  it('should join origin and path without doubling slashes or re-encoding', () => {
    const path = guidePath('zh-Hans', '充值')
    expect(absoluteUrl('https://asia.example.com/', path)).toBe(`https://asia.example.com${path}`)
    expect(absoluteUrl('http://asia.localhost:3000', 'en')).toBe('http://asia.localhost:3000/en')
  })

  it('should return an already absolute URL unchanged', () => {
    expect(absoluteUrl(origin, 'https://cdn.example.net/a.jpg')).toBe(
      'https://cdn.example.net/a.jpg',
    )
  })
})

// alternates --------------------------------------------------------------------------------------

describe('buildAlternates', () => {
  const pathsByLocale = {
    en: guidePath('en', 'activate-jazz'),
    'zh-Hans': guidePath('zh-Hans', '激活-jazz'),
    ur: guidePath('ur', 'جاز-سم'),
  }

  it('should use BCP 47 hreflang values', () => {
    expect(localeCodes.map(hreflangOf)).toEqual(['en', 'zh-Hans', 'zh-Hant', 'ur', 'es'])
  })

  it('should list only published locales plus x-default at the default locale', () => {
    const alternates = buildAlternates({
      origin,
      canonicalLocale: 'ur',
      pathsByLocale,
      defaultLocale: 'en',
    })
    expect(alternates).toEqual({
      canonical: `${origin}${pathsByLocale.ur}`,
      languages: {
        en: `${origin}${pathsByLocale.en}`,
        'zh-Hans': `${origin}${pathsByLocale['zh-Hans']}`,
        ur: `${origin}${pathsByLocale.ur}`,
        'x-default': `${origin}${pathsByLocale.en}`,
      },
    })
  })

  it('should give every page of the set the same languages, differing only in canonical', () => {
    const pages = (['en', 'zh-Hans', 'ur'] as const).map((canonicalLocale) =>
      buildAlternates({ origin, canonicalLocale, pathsByLocale, defaultLocale: 'en' }),
    )
    expect(pages.map((page) => page.languages)).toEqual([
      pages[0].languages,
      pages[0].languages,
      pages[0].languages,
    ])
    expect(pages.map((page) => page.canonical)).toEqual([
      pages[0].languages.en,
      pages[0].languages['zh-Hans'],
      pages[0].languages.ur,
    ])
  })

  it('should keep x-default identical across the set when the default locale is not published', () => {
    const paths = { 'zh-Hant': guidePath('zh-Hant', '啟用'), es: guidePath('es', 'activar') }
    const fromZh = buildAlternates({
      origin,
      canonicalLocale: 'zh-Hant',
      pathsByLocale: paths,
      defaultLocale: 'en',
    })
    const fromEs = buildAlternates({
      origin,
      canonicalLocale: 'es',
      pathsByLocale: paths,
      defaultLocale: 'en',
    })
    expect(fromZh.languages['x-default']).toBe(`${origin}${paths['zh-Hant']}`)
    expect(fromEs.languages['x-default']).toBe(fromZh.languages['x-default'])
    expect(Object.keys(fromEs.languages)).toEqual(['zh-Hant', 'es', 'x-default'])
  })

  it('should skip locales whose path is empty', () => {
    const alternates = buildAlternates({
      origin,
      canonicalLocale: 'en',
      pathsByLocale: { en: '/en/guides/a', es: '' },
      defaultLocale: 'en',
    })
    expect(Object.keys(alternates.languages)).toEqual(['en', 'x-default'])
  })

  it('should throw when the canonical locale has no path', () => {
    expect(() =>
      buildAlternates({ origin, canonicalLocale: 'es', pathsByLocale, defaultLocale: 'en' }),
    ).toThrow(/canonical locale "es"/)
  })

  it('should be accepted by Next metadata', () => {
    const metadata: Metadata = {
      alternates: buildAlternates({
        origin,
        canonicalLocale: 'en',
        pathsByLocale,
        defaultLocale: 'en',
      }),
    }
    expect(metadata.alternates?.canonical).toBe(`${origin}${pathsByLocale.en}`)
  })
})

// JSON-LD -----------------------------------------------------------------------------------------

describe('articleJsonLd', () => {
  const base = {
    url: `${origin}/en/guides/activate-jazz`,
    headline: 'Activate a Jazz SIM',
    description: 'Register with biometrics first.',
    inLanguage: 'en',
    datePublished: '2025-01-02T00:00:00.000Z',
    dateModified: '2025-03-04T00:00:00.000Z',
    publisherName: 'Roampress Asia',
    publisherUrl: origin,
  }

  it('should build an Article with lastReviewed on its WebPage', () => {
    expect(
      articleJsonLd({ ...base, lastReviewed: '2025-03-01', image: `${origin}/media/og.jpg` }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'Activate a Jazz SIM',
      description: 'Register with biometrics first.',
      inLanguage: 'en',
      url: base.url,
      datePublished: base.datePublished,
      dateModified: base.dateModified,
      image: [`${origin}/media/og.jpg`],
      mainEntityOfPage: { '@type': 'WebPage', '@id': base.url, lastReviewed: '2025-03-01' },
      publisher: { '@type': 'Organization', name: 'Roampress Asia', url: origin },
    })
  })

  it('should leave out lastReviewed, image and description when not given', () => {
    const article = articleJsonLd({ ...base, description: '', lastReviewed: null })
    expect(Object.keys(article)).not.toContain('image')
    expect(Object.keys(article)).not.toContain('description')
    expect(article.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': base.url })
  })
})

describe('breadcrumbJsonLd', () => {
  it('should number ListItems from 1', () => {
    expect(
      breadcrumbJsonLd([
        { name: 'Home', url: `${origin}/en` },
        { name: 'Pakistan', url: `${origin}/en/countries/pakistan` },
        { name: 'Activate a Jazz SIM', url: `${origin}/en/guides/activate-jazz` },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: `${origin}/en` },
        {
          '@type': 'ListItem',
          position: 2,
          name: 'Pakistan',
          item: `${origin}/en/countries/pakistan`,
        },
        {
          '@type': 'ListItem',
          position: 3,
          name: 'Activate a Jazz SIM',
          item: `${origin}/en/guides/activate-jazz`,
        },
      ],
    })
  })

  it('should return null for no items', () => {
    expect(breadcrumbJsonLd([])).toBeNull()
  })
})

describe('faqPageJsonLd', () => {
  it('should build Questions with accepted Answers', () => {
    expect(
      faqPageJsonLd([{ question: 'Is an eSIM sold?', answerText: 'Yes, at franchises.' }]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [
        {
          '@type': 'Question',
          name: 'Is an eSIM sold?',
          acceptedAnswer: { '@type': 'Answer', text: 'Yes, at franchises.' },
        },
      ],
    })
  })

  it('should skip unanswered questions', () => {
    const faq = faqPageJsonLd([
      { question: 'Unanswered?', answerText: '  ' },
      { question: 'Answered?', answerText: 'Yes.' },
    ])
    expect(faq?.mainEntity.map((entry) => entry.name)).toEqual(['Answered?'])
  })

  it('should return null when empty or when nothing is answered', () => {
    expect(faqPageJsonLd([])).toBeNull()
    expect(faqPageJsonLd([{ question: 'Q?', answerText: '' }])).toBeNull()
  })
})

describe('howToJsonLd', () => {
  const base = {
    name: 'Activate a Jazz SIM',
    url: `${origin}/en/guides/activate-jazz`,
    inLanguage: 'en',
  }

  it('should build HowToSteps numbered from 1', () => {
    expect(
      howToJsonLd({
        ...base,
        description: 'Four steps.',
        steps: [
          { name: 'Buy', text: 'Buy a SIM at a franchise.', url: `${base.url}#step-1` },
          { name: 'Register', text: 'Give your thumbprint.' },
        ],
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'HowTo',
      name: 'Activate a Jazz SIM',
      description: 'Four steps.',
      url: base.url,
      inLanguage: 'en',
      step: [
        {
          '@type': 'HowToStep',
          position: 1,
          name: 'Buy',
          text: 'Buy a SIM at a franchise.',
          url: `${base.url}#step-1`,
        },
        { '@type': 'HowToStep', position: 2, name: 'Register', text: 'Give your thumbprint.' },
      ],
    })
  })

  it('should use the step name as text when the body is empty and renumber after blank steps', () => {
    const howTo = howToJsonLd({
      ...base,
      steps: [
        { name: ' ', text: '' },
        { name: 'Dial *123#', text: '' },
      ],
    })
    expect(howTo?.step).toEqual([
      { '@type': 'HowToStep', position: 1, name: 'Dial *123#', text: 'Dial *123#' },
    ])
  })

  it('should return null when there are no steps', () => {
    expect(howToJsonLd({ ...base, steps: [] })).toBeNull()
  })
})

describe('serializeJsonLd', () => {
  it('should not let a value close the script element', () => {
    const json = serializeJsonLd({
      headline: 'Tips </script><script>alert(1)</script> & <!-- more -->',
    })
    expect(json).not.toMatch(/[<>&]/)
    expect(json).toContain('\\u003c/script\\u003e')
    expect(JSON.parse(json)).toEqual({
      headline: 'Tips </script><script>alert(1)</script> & <!-- more -->',
    })
  })

  it('should escape U+2028 and U+2029', () => {
    const json = serializeJsonLd({ text: 'a\u2028b\u2029c' })
    expect(json).toBe('{"text":"a\\u2028b\\u2029c"}')
    expect(JSON.parse(json)).toEqual({ text: 'a\u2028b\u2029c' })
  })

  it('should keep Chinese and Urdu text readable', () => {
    expect(serializeJsonLd({ name: '激活 جاز' })).toBe('{"name":"激活 جاز"}')
  })

  it('should give null for undefined', () => {
    expect(serializeJsonLd(undefined)).toBe('null')
  })
})

describe('lexicalToPlainText', () => {
  it('should separate paragraphs and headings with a blank line', () => {
    expect(
      lexicalToPlainText(
        lexical(
          element('heading', [text('Before you go')], { tag: 'h2' }),
          paragraph(text('Bring a '), text('passport.')),
          paragraph(),
        ),
      ),
    ).toBe('Before you go\n\nBring a passport.')
  })

  it('should keep link text and put list items and nested lists on their own lines', () => {
    const doc = lexical(
      paragraph(
        text('See '),
        element('link', [text('the Jazz site')], { fields: { url: 'https://jazz.com.pk' } }),
        text('.'),
      ),
      element(
        'list',
        [
          element('listitem', [text('Buy a SIM')], { value: 1 }),
          element('listitem', [
            text('Register with '),
            element('link', [text('NADRA')], { fields: { url: 'https://nadra.gov.pk' } }),
            element('list', [
              element('listitem', [text('thumbprint')]),
              element('listitem', [text('CNIC or passport')]),
            ]),
          ]),
          element('listitem', [text('Dial *123#')]),
        ],
        { listType: 'number' },
      ),
      paragraph(text('Line one'), { type: 'linebreak', version: 1 }, text('line two')),
    )
    expect(lexicalToPlainText(doc)).toBe(
      'See the Jazz site.\n\nBuy a SIM\nRegister with NADRA\nthumbprint\nCNIC or passport\nDial *123#\n\nLine one\nline two',
    )
  })

  it('should drop nodes without text such as uploads', () => {
    expect(lexicalToPlainText(lexical(element('upload', []), paragraph(text('after'))))).toBe(
      'after',
    )
  })

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'just text'],
    ['a number', 42],
    ['an array', [1, 2]],
    ['an object without root', { children: [] }],
    ['a root without children', { root: {} }],
    [
      'a root with junk children',
      { root: { children: [null, 7, 'x', [], { type: 'text', text: 5 }] } },
    ],
    ['children that are not an array', { root: { children: { type: 'text', text: 'x' } } }],
  ])('should return an empty string for %s', (_label, value) => {
    expect(lexicalToPlainText(value)).toBe('')
  })

  it('should stop at absurd nesting depth instead of overflowing the stack', () => {
    const deep = Array.from({ length: 10_000 }).reduce<unknown>(
      (child) => element('paragraph', [child]),
      text('x'),
    )
    expect(lexicalToPlainText({ root: element('root', [deep]) })).toBe('')
  })
})

// guide metadata ---------------------------------------------------------------------------------

describe('guideDescription', () => {
  const english =
    'Buy a prepaid Jazz SIM at any franchise in Karachi, register it with your passport and thumbprint, then dial the activation code before your first call or data session starts.'
  const chinese =
    '在卡拉奇的任何Jazz营业厅都可以购买预付费电话卡。购卡时需要出示护照并录入指纹完成实名登记，登记成功后拨打激活代码即可开始通话和使用移动数据，整个过程通常只需要十几分钟左右就能办完。'

  it('should prefer the SEO description, then the summary', () => {
    expect(
      guideDescription({ title: 'T', summary: 'Summary.', meta: { description: 'SEO  text.' } }),
    ).toBe('SEO text.')
    expect(
      guideDescription({ title: 'T', summary: ' Two\nlines. ', meta: { description: '' } }),
    ).toBe('Two lines.')
  })

  it('should cut English body text at a word boundary within 160 characters', () => {
    const description = guideDescription({ title: 'T', body: lexical(paragraph(text(english))) })
    expect(english.length).toBeGreaterThan(160)
    expect(description).toBe(
      'Buy a prepaid Jazz SIM at any franchise in Karachi, register it with your passport and thumbprint, then dial the activation code before your first call or data…',
    )
    expect(Array.from(description).length).toBeLessThanOrEqual(160)
  })

  it('should cut Chinese body text at 80 characters', () => {
    const description = guideDescription({ title: 'T', body: lexical(paragraph(text(chinese))) })
    expect(Array.from(chinese).length).toBeGreaterThan(80)
    expect(Array.from(description)).toHaveLength(80)
    expect(description).toBe(`${Array.from(chinese).slice(0, 79).join('')}…`)
  })

  it('should return short body text whole, paragraphs joined by a space', () => {
    expect(
      guideDescription({
        title: 'T',
        body: lexical(paragraph(text('One.')), paragraph(text('Two.'))),
      }),
    ).toBe('One. Two.')
  })

  it('should fall back to the title when there is no summary or body text', () => {
    expect(
      guideDescription({ title: 'Activate a Jazz SIM', summary: null, body: lexical(paragraph()) }),
    ).toBe('Activate a Jazz SIM')
    expect(guideDescription({ title: '激活 Jazz 电话卡', body: null })).toBe('激活 Jazz 电话卡')
  })
})

describe('truncateDescription', () => {
  it('should return text that fits unchanged apart from whitespace', () => {
    expect(truncateDescription('  short  text ')).toBe('short text')
  })

  it('should cut inside one word longer than the limit', () => {
    expect(truncateDescription('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`)
  })

  it('should drop a dangling comma and add no ellipsis after a full stop', () => {
    expect(truncateDescription('Alpha beta, gamma delta', 13)).toBe('Alpha beta…')
    expect(truncateDescription('Alpha beta. Gamma delta', 13)).toBe('Alpha beta.')
  })

  it('should not split a Latin word inside Chinese text', () => {
    expect(truncateDescription('购买电话卡Jazz营业厅', 8)).toBe('购买电话卡…')
  })

  it('should not split an emoji surrogate pair', () => {
    expect(truncateDescription(`${'短'.repeat(8)}📶📶📶`, 10)).toBe(`${'短'.repeat(8)}📶…`)
  })

  it('should tell CJK text from English text with a Chinese word in it', () => {
    expect(isMostlyCjk('激活 Zong 电话卡')).toBe(true)
    expect(isMostlyCjk('Ask the shop for a 预付卡 when you arrive at the airport.')).toBe(false)
    expect(isMostlyCjk('جاز سم کیسے چالو کریں')).toBe(false)
  })
})

describe('guide helpers', () => {
  const media = {
    id: 3,
    alt: 'A SIM card',
    url: '/api/media/file/sim.jpg',
    sizes: { og: { url: '/api/media/file/sim-1200x630.jpg' } },
    createdAt: '',
    updatedAt: '',
  } as Media

  it('should give an absolute image URL only for a populated upload', () => {
    expect(guideImageUrl({ meta: { image: media } }, origin)).toBe(
      `${origin}/api/media/file/sim-1200x630.jpg`,
    )
    expect(mediaUrl(media, origin)).toBe(`${origin}/api/media/file/sim.jpg`)
    expect(guideImageUrl({ meta: { image: 3 } }, origin)).toBeUndefined()
    expect(guideImageUrl({}, origin)).toBeUndefined()
  })

  it('should map FAQ and steps to plain-text builder input', () => {
    const guide = {
      faq: [{ question: 'Q?', answer: lexical(paragraph(text('A.'))) }],
      steps: [
        { title: 'Buy', body: lexical(paragraph(text('At a franchise.'))) },
        { title: 'Dial', body: null },
      ],
    } as Pick<Guide, 'faq' | 'steps'>
    expect(guideFaqEntries(guide)).toEqual([{ question: 'Q?', answerText: 'A.' }])
    expect(guideHowToSteps(guide)).toEqual([
      { name: 'Buy', text: 'At a franchise.' },
      { name: 'Dial', text: '' },
    ])
    expect(guideFaqEntries({ faq: null })).toEqual([])
  })
})
