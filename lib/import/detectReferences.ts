import type { GuideTopicValue } from '@/collections/Guides/topics'
import type { ID } from '@/lib/ids'

/** A country as detection needs it: its names in every locale. */
export type CountryNames = { code: string; id: ID; names: string[] }
/** A carrier as detection needs it: its names, display names and former names in every locale. */
export type CarrierNames = { countryID: ID | undefined; id: ID; name: string; names: string[] }

/** A value set on the draft, or null, with the words that led to it. */
export type Detection<T> = { evidence: string[]; reason: string; value: T | null }

export type SimKindValue = 'both' | 'esim' | 'physical'

export type DetectedReferences = {
  carriers: Detection<{ id: ID; name: string }[]>
  country: Detection<{ code: string; id: ID }>
  simKind: Detection<SimKindValue>
  topic: Detection<GuideTopicValue>
}

const topicWords: Record<GuideTopicValue, string[]> = {
  activate: [
    '激活',
    '开通',
    '開通',
    '啟用',
    '开卡',
    '開卡',
    'activate',
    'activation',
    'activar',
    'ایکٹیویٹ',
  ],
  cancel: [
    '注销',
    '註銷',
    '销户',
    '銷戶',
    '停机',
    'cancel',
    'deactivate',
    'terminate',
    'cancelar',
    'dar de baja',
    'منسوخ',
    'بند کر',
  ],
  'check-balance': [
    '查余额',
    '查餘額',
    '余额查询',
    '餘額查詢',
    '查询余额',
    '查詢餘額',
    'check balance',
    'check your balance',
    'consultar saldo',
    'بیلنس چیک',
  ],
  'data-plans': [
    '流量套餐',
    '流量包',
    '上网套餐',
    '上網套餐',
    'data plan',
    'data bundle',
    'internet package',
    'plan de datos',
    'انٹرنیٹ پیکج',
  ],
  'port-number': [
    '携号转网',
    '攜號轉網',
    '转网',
    '轉網',
    'port your number',
    'number porting',
    'mnp',
    'portabilidad',
    'پورٹ',
  ],
  roaming: ['漫游', '漫遊', 'roaming', 'itinerancia', 'رومنگ'],
  'top-up': [
    '充值',
    '续费',
    '續費',
    '储值',
    '儲值',
    '加值',
    'top up',
    'top-up',
    'recharge',
    'reload',
    'recargar',
    'recarga',
    'ری چارج',
    'لوڈ',
  ],
}

const esimWords = ['esim', 'e-sim', '电子sim', '電子sim', 'ای سم']
const physicalWords = [
  '实体卡',
  '實體卡',
  '实体sim',
  '實體sim',
  'physical sim',
  'sim card',
  'sim卡',
  'tarjeta sim',
  'chip físico',
  'سم کارڈ',
]

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Latin names match whole Latin words ("Zong" not in "Zongshan", but in "秘鲁Claro手机卡");
 * names in other scripts match anywhere.
 */
const occurrences = (text: string, word: string): number => {
  const needle = word.trim().toLowerCase()
  if (!needle) return 0
  const pattern = /^[\p{Script=Latin}\d\s.&'-]+$/u.test(needle)
    ? new RegExp(
        `(?<![\\p{Script=Latin}\\p{N}])${escape(needle)}(?![\\p{Script=Latin}\\p{N}])`,
        'giu',
      )
    : new RegExp(escape(needle), 'gi')
  return text.toLowerCase().match(pattern)?.length ?? 0
}

const mentioned = (text: string, words: readonly string[]) =>
  words.map((word) => ({ count: occurrences(text, word), word })).filter(({ count }) => count > 0)

/** Scores per candidate; the leader wins only when it has at least twice the runner-up's. */
const clearLeader = <T>(scored: { count: number; item: T }[]) => {
  const sorted = [...scored].sort((a, b) => b.count - a.count)
  if (sorted.length === 0) return { leader: null, isAmbiguous: false }
  if (sorted.length > 1 && sorted[0].count < sorted[1].count * 2)
    return { leader: null, isAmbiguous: true }
  return { leader: sorted[0].item, isAmbiguous: false }
}

const detectTopic = (title: string, text: string): Detection<GuideTopicValue> => {
  // The title says what the guide is for; the body mentions other tasks in passing.
  const scored = (Object.entries(topicWords) as [GuideTopicValue, string[]][])
    .map(([topic, words]) => {
      const hits = [...mentioned(title, words), ...mentioned(text, words)]
      const count =
        mentioned(title, words).reduce((sum, hit) => sum + hit.count * 5, 0) +
        mentioned(text, words).reduce((sum, hit) => sum + hit.count, 0)
      return { count, item: { hits: [...new Set(hits.map((hit) => hit.word))], topic } }
    })
    .filter(({ count }) => count > 0)
  const { isAmbiguous, leader } = clearLeader(scored)
  if (leader)
    return { evidence: leader.hits, reason: `words about ${leader.topic}`, value: leader.topic }
  return {
    evidence: scored.flatMap(({ item }) => item.hits),
    reason: isAmbiguous
      ? `several topics are mentioned about as often (${scored.map(({ item }) => item.topic).join(', ')})`
      : 'no words about a topic',
    value: null,
  }
}

const detectSimKind = (text: string): Detection<SimKindValue> => {
  const esim = mentioned(text, esimWords)
  // "eSIM卡" contains "SIM卡": count physical words only where they are not part of eSIM.
  const withoutEsim = text.replace(/e-?sim/gi, ' ')
  const physical = mentioned(withoutEsim, physicalWords)
  const evidence = [...esim, ...physical].map(({ word }) => word)
  if (esim.length > 0 && physical.length === 0)
    return { evidence, reason: 'only eSIM is mentioned', value: 'esim' }
  if (physical.length > 0 && esim.length === 0)
    return { evidence, reason: 'only physical SIM cards are mentioned', value: 'physical' }
  return {
    evidence,
    reason:
      evidence.length > 0
        ? 'both eSIM and physical SIM cards are mentioned'
        : 'no SIM kind is mentioned',
    value: null,
  }
}

/**
 * Country, carriers, topic and SIM kind of an article, each with the words that decided it. A value
 * is only set when the evidence points one way; the person importing confirms or changes it.
 */
export const detectReferences = ({
  carriers,
  countries,
  text,
  title,
}: {
  carriers: readonly CarrierNames[]
  countries: readonly CountryNames[]
  text: string
  title: string
}): DetectedReferences => {
  const all = `${title}\n${text}`
  const countryHits = countries
    .map((country) => ({ country, hits: mentioned(all, country.names) }))
    .filter(({ hits }) => hits.length > 0)
  const carrierHits = carriers
    .map((carrier) => ({ carrier, hits: mentioned(all, carrier.names) }))
    .filter(({ hits }) => hits.length > 0)

  const countryLeader = clearLeader(
    countryHits.map((entry) => ({
      count: entry.hits.reduce((sum, hit) => sum + hit.count, 0),
      item: entry,
    })),
  )
  let country: DetectedReferences['country']
  if (countryLeader.leader) {
    const { country: found, hits } = countryLeader.leader
    country = {
      evidence: hits.map((hit) => hit.word),
      reason: `names ${found.code}`,
      value: { code: found.code, id: found.id },
    }
  } else {
    // Without a country name, carriers of one single country still say where the guide is.
    const carrierCountries = [
      ...new Set(carrierHits.map(({ carrier }) => String(carrier.countryID))),
    ]
    const viaCarrier = countries.find((entry) => String(entry.id) === carrierCountries[0])
    country =
      !countryLeader.isAmbiguous && carrierCountries.length === 1 && viaCarrier
        ? {
            evidence: carrierHits.flatMap(({ hits }) => hits.map((hit) => hit.word)),
            reason: `the carriers named are all in ${viaCarrier.code}`,
            value: { code: viaCarrier.code, id: viaCarrier.id },
          }
        : {
            evidence: countryHits.flatMap(({ hits }) => hits.map((hit) => hit.word)),
            reason: countryLeader.isAmbiguous
              ? 'several countries are named about as often'
              : 'no country of the reference data is named',
            value: null,
          }
  }

  const inCountry = carrierHits.filter(
    ({ carrier }) => !country.value || String(carrier.countryID) === String(country.value.id),
  )
  const elsewhere = carrierHits.filter((entry) => !inCountry.includes(entry))
  const carriersFound: DetectedReferences['carriers'] = {
    evidence: inCountry.flatMap(({ carrier, hits }) =>
      hits.map((hit) =>
        hit.word.toLowerCase() === carrier.name.toLowerCase()
          ? hit.word
          : `${hit.word} (${carrier.name})`,
      ),
    ),
    reason:
      inCountry.length === 0
        ? 'no carrier of the reference data is named'
        : `named in the text${elsewhere.length > 0 ? `; left out, other country: ${elsewhere.map(({ carrier }) => carrier.name).join(', ')}` : ''}`,
    value:
      inCountry.length > 0
        ? inCountry.map(({ carrier }) => ({ id: carrier.id, name: carrier.name }))
        : null,
  }

  return {
    carriers: carriersFound,
    country,
    simKind: detectSimKind(all),
    topic: detectTopic(title, text),
  }
}
