import type { SeedTenant } from '@/seed/types'

export const seedTenants: SeedTenant[] = [
  {
    accentColor: '#0f766e',
    defaultLocale: 'en',
    domains: ['asia.localhost'],
    enabledLocales: ['en', 'zh-Hans', 'zh-Hant', 'ur'],
    name: 'Asia SIM Desk',
    siteTitle: {
      en: 'Asia SIM Desk',
      'zh-Hans': '亚洲 SIM 指南',
      'zh-Hant': '亞洲 SIM 指南',
      ur: 'ایشیا سم ڈیسک',
    },
    slug: 'asia',
    timeZone: 'Asia/Karachi',
    tagline: {
      en: 'Plain answers for SIM cards and eSIMs from Karachi to Taipei.',
      'zh-Hans': '从卡拉奇到台北，SIM 卡与 eSIM 的清楚解答。',
      'zh-Hant': '從卡拉奇到台北，SIM 卡與 eSIM 的清楚解答。',
      ur: 'کراچی سے تائی پے تک سم اور ای سم کے سیدھے جواب۔',
    },
  },
  {
    accentColor: '#b45309',
    defaultLocale: 'en',
    domains: ['americas.localhost'],
    enabledLocales: ['en', 'es', 'zh-Hans', 'zh-Hant', 'ur'],
    name: 'Americas Connect',
    siteTitle: {
      en: 'Americas Connect',
      es: 'Américas Conecta',
      'zh-Hans': '美洲通',
      'zh-Hant': '美洲通',
    },
    slug: 'americas',
    timeZone: 'America/New_York',
    tagline: {
      en: 'Staying online from Lima to Los Angeles.',
      es: 'Conectado de Lima a Los Ángeles.',
      'zh-Hans': '从利马到洛杉矶，随时在线。',
      'zh-Hant': '從利馬到洛杉磯，隨時在線。',
    },
  },
]
