import type { Guide } from '@/payload-types'
import type { LocaleCode } from './locales'
import { en, type Messages } from './messages/en'
import { es } from './messages/es'
import { ur } from './messages/ur'
import { zhHans } from './messages/zh-Hans'
import { zhHant } from './messages/zh-Hant'

export type { Messages }

const catalogues: Record<LocaleCode, Messages> = {
  en,
  es,
  ur,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
}

/** The reader-site UI strings for a locale. */
export const getMessages = (locale: LocaleCode): Messages => catalogues[locale]

/**
 * Fills `{name}` placeholders from `values`. A placeholder with no value is left as it is, so a
 * missing argument shows up on the page instead of disappearing silently.
 */
export const format = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : placeholder,
  )

type TopicKey = keyof Messages['topics']
type SimKindKey = keyof Messages['simKinds']

/** Guide topic slugs (as stored) to catalogue keys. Typed from the generated Payload types, so a new topic fails the type check here until it has a label. */
const topicKeys: Record<Guide['topic'], TopicKey> = {
  activate: 'activate',
  'top-up': 'topUp',
  'check-balance': 'checkBalance',
  cancel: 'cancel',
  'port-number': 'portNumber',
  roaming: 'roaming',
  'data-plans': 'dataPlans',
}

const simKindKeys: Record<Guide['simKind'], SimKindKey> = {
  physical: 'physical',
  esim: 'esim',
  both: 'both',
}

/** The label of a guide topic slug ('top-up' → "Top up"); an unknown slug is returned unchanged. */
export const topicLabel = (messages: Messages, topic: string): string =>
  Object.hasOwn(topicKeys, topic) ? messages.topics[topicKeys[topic as Guide['topic']]] : topic

/** The label of a SIM kind ('esim' → "eSIM"); an unknown value is returned unchanged. */
export const simKindLabel = (messages: Messages, kind: string): string =>
  Object.hasOwn(simKindKeys, kind) ? messages.simKinds[simKindKeys[kind as Guide['simKind']]] : kind

/**
 * "1 result" / "12 results", choosing the form with the locale's plural rules. Only `one` and
 * `other` are catalogued; categories such as Spanish `many` (1 000 000) use `other`. The count is
 * written with the locale's number format.
 */
export const resultCountLabel = (messages: Messages, locale: LocaleCode, count: number): string => {
  const forms = messages.search.resultCount
  const template = new Intl.PluralRules(locale).select(count) === 'one' ? forms.one : forms.other
  return format(template, { count: new Intl.NumberFormat(locale).format(count) })
}
