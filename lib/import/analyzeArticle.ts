import { isLocaleCode, type LocaleCode } from '@/i18n/locales'
import type { LinkPolicy } from '@/lib/linkPolicy/linkPolicy'
import { slugify } from '@/lib/validation/slug'
import { applyLinkPolicy, type ImageReference, type LinkReport } from './applyLinkPolicy'
import { detectLanguage, type LanguageGuess } from './detectLanguage'
import {
  detectReferences,
  type CarrierNames,
  type CountryNames,
  type DetectedReferences,
} from './detectReferences'
import { plainInline } from './markdownOutline'
import { splitArticle, type ArticleParts } from './splitArticle'

export type ArticleAnalysis = {
  detected: DetectedReferences
  images: ImageReference[]
  language: LanguageGuess & { isChosen: boolean }
  links: LinkReport[]
  parts: ArticleParts
  slug: string
}

/**
 * Everything an import decides about one article before anything is stored: the link policy
 * applied, the language (chosen or detected), title, slug, summary, steps, FAQ and body, and the
 * detected country, carriers, topic and SIM kind with their evidence.
 */
export const analyzeArticle = ({
  carriers,
  chosenLocale,
  countries,
  policy,
  text,
}: {
  carriers: readonly CarrierNames[]
  chosenLocale?: LocaleCode | null
  countries: readonly CountryNames[]
  policy: LinkPolicy
  text: string
}): ArticleAnalysis => {
  const policed = applyLinkPolicy(text, policy)
  const detectedLanguage = detectLanguage(policed.markdown)
  const language =
    chosenLocale && isLocaleCode(chosenLocale)
      ? {
          evidence: [],
          isChosen: true,
          locale: chosenLocale,
          reason: 'chosen by the person importing',
        }
      : { ...detectedLanguage, isChosen: false }
  const parts = splitArticle(policed.markdown)
  const prose = policed.markdown.split('\n').map(plainInline).join('\n')
  return {
    detected: detectReferences({ carriers, countries, text: prose, title: parts.title }),
    images: policed.images,
    language,
    links: policed.links,
    parts,
    slug: slugify(parts.title),
  }
}
