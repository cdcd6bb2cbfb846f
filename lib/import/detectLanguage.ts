import type { LocaleCode } from '@/i18n/locales'
import { convertChinese } from '@/lib/translation/opencc'

export type LanguageGuess = {
  /** Null when the text does not say clearly enough; the person importing then picks one. */
  locale: LocaleCode | null
  /** Characters or words that decided it, for the person to check. */
  evidence: string[]
  reason: string
}

const hanPattern = /\p{Script=Han}/gu
const arabicScriptPattern = /\p{Script=Arabic}/gu
const latinWordPattern = /\p{Script=Latin}+/gu
/** Letters Urdu has and Arabic does not (ٹ ڈ ڑ ں ے ھ ۓ گ). */
const urduLetters = /[ٹڈڑںےھۓگ]/gu

const spanishWords = new Set(
  'el la los las de del que y en para con por una un es su al como se tu tarjeta saldo recarga cómo'.split(
    ' ',
  ),
)
const englishWords = new Set(
  'the and to of is in your with for you on a an it how this that at by from card balance'.split(
    ' ',
  ),
)

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0

/**
 * Which characters are written differently in Simplified and Traditional Chinese. A character
 * OpenCC changes when converting to Traditional is Simplified, and the other way round.
 */
const chineseVariant = (text: string): LanguageGuess => {
  const distinct = [...new Set(text.match(hanPattern) ?? [])]
  const joined = distinct.join('\n')
  const asTraditional = convertChinese(joined, { from: 'zh-Hans', to: 'zh-Hant' }).split('\n')
  const asSimplified = convertChinese(joined, { from: 'zh-Hant', to: 'zh-Hans' }).split('\n')
  const simplified: string[] = []
  const traditional: string[] = []
  distinct.forEach((char, index) => {
    if (asTraditional[index] !== char && asSimplified[index] === char) simplified.push(char)
    if (asSimplified[index] !== char && asTraditional[index] === char) traditional.push(char)
  })
  // A blog that mixes a few Traditional characters into Simplified prose is Simplified.
  if (simplified.length > 0 && simplified.length >= traditional.length) {
    return {
      evidence: simplified.slice(0, 8),
      locale: 'zh-Hans',
      reason: `${simplified.length} Simplified against ${traditional.length} Traditional characters`,
    }
  }
  if (traditional.length > simplified.length * 2) {
    return {
      evidence: traditional.slice(0, 8),
      locale: 'zh-Hant',
      reason: `${traditional.length} Traditional against ${simplified.length} Simplified characters`,
    }
  }
  return {
    evidence: [...simplified, ...traditional].slice(0, 8),
    locale: null,
    reason: 'Chinese, but the characters do not tell Simplified from Traditional',
  }
}

const latinLanguage = (text: string): LanguageGuess => {
  const words = (text.toLowerCase().match(latinWordPattern) ?? []).slice(0, 2000)
  const spanish = words.filter((word) => spanishWords.has(word))
  const english = words.filter((word) => englishWords.has(word))
  const spanishMarks = count(text, /[ñ¿¡áéíóú]/gi)
  const spanishScore = spanish.length + spanishMarks
  if (english.length >= 3 && english.length > spanishScore * 2)
    return {
      evidence: [...new Set(english)].slice(0, 8),
      locale: 'en',
      reason: `${english.length} common English words`,
    }
  if (spanishScore >= 3 && spanishScore > english.length * 2)
    return {
      evidence: [...new Set(spanish)].slice(0, 8),
      locale: 'es',
      reason: `${spanish.length} common Spanish words and ${spanishMarks} Spanish letters`,
    }
  return { evidence: [], locale: null, reason: 'Latin letters, but neither English nor Spanish' }
}

/** The locale an article is written in, from the scripts and words it uses. */
export const detectLanguage = (markdown: string): LanguageGuess => {
  // Addresses and code are not prose.
  const text = markdown.replace(/\]\([^)]*\)/g, ']').replace(/https?:\/\/\S+/g, ' ')
  const han = count(text, hanPattern)
  const arabic = count(text, arabicScriptPattern)
  const latin = (text.match(latinWordPattern) ?? []).join('').length
  if (han + arabic + latin === 0)
    return { evidence: [], locale: null, reason: 'No letters to tell the language from' }
  if (han >= arabic && han * 2 >= latin) return chineseVariant(text)
  if (arabic > han && arabic * 2 >= latin) {
    const urdu = text.match(urduLetters) ?? []
    return urdu.length > 0
      ? {
          evidence: [...new Set(urdu)].slice(0, 8),
          locale: 'ur',
          reason: `Arabic script with ${urdu.length} letters only Urdu uses`,
        }
      : { evidence: [], locale: null, reason: 'Arabic script without letters only Urdu uses' }
  }
  return latinLanguage(text)
}
