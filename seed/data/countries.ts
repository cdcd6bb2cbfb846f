import type { SeedCountry } from '../types'

export const seedCountries: SeedCountry[] = [
  {
    callingCode: '+92',
    code: 'PK',
    mobileCountryCodes: ['410'],
    name: { en: 'Pakistan', es: 'Pakistán', ur: 'پاکستان', 'zh-Hans': '巴基斯坦', 'zh-Hant': '巴基斯坦' },
    slug: 'pakistan',
    summary: {
      en: 'Four mobile networks; every SIM must be registered to a CNIC or passport with biometric checks.',
      ur: 'چار موبائل نیٹ ورک؛ ہر سم شناختی کارڈ یا پاسپورٹ پر بائیومیٹرک تصدیق کے ساتھ رجسٹر ہوتی ہے۔',
      'zh-Hans': '四家移动网络；每张 SIM 卡都须凭身份证或护照进行生物识别登记。',
      'zh-Hant': '四家行動網路；每張 SIM 卡都須憑身分證或護照進行生物辨識登記。',
    },
  },
  {
    callingCode: '+1',
    code: 'US',
    mobileCountryCodes: ['310', '311', '312', '313', '314', '315', '316'],
    name: { en: 'United States', es: 'Estados Unidos', ur: 'امریکہ', 'zh-Hans': '美国', 'zh-Hant': '美國' },
    slug: 'united-states',
    summary: {
      en: 'Three national networks and many resellers; eSIM is the norm on recent phones.',
      es: 'Tres redes nacionales y muchos operadores virtuales; la eSIM es habitual en teléfonos recientes.',
      'zh-Hans': '三家全国性网络和众多转售商；新款手机普遍使用 eSIM。',
      'zh-Hant': '三家全國性網路和眾多轉售商；新款手機普遍使用 eSIM。',
    },
  },
  {
    callingCode: '+51',
    code: 'PE',
    mobileCountryCodes: ['716'],
    name: { en: 'Peru', es: 'Perú', ur: 'پیرو', 'zh-Hans': '秘鲁', 'zh-Hant': '秘魯' },
    slug: 'peru',
    summary: {
      en: 'Prepaid lines need a passport or DNI; foreigners may register up to a limited number of lines.',
      es: 'Las líneas prepago requieren pasaporte o DNI; los extranjeros tienen un número limitado de líneas.',
    },
  },
  {
    callingCode: '+86',
    code: 'CN',
    mobileCountryCodes: ['460'],
    name: { en: 'China', es: 'China', ur: 'چین', 'zh-Hans': '中国', 'zh-Hant': '中國' },
    slug: 'china',
    summary: {
      en: 'Real-name registration applies to every line; many foreign apps need a roaming or VPN-free plan.',
      'zh-Hans': '所有号码均须实名登记。',
      'zh-Hant': '所有號碼均須實名登記。',
    },
  },
  {
    callingCode: '+852',
    code: 'HK',
    mobileCountryCodes: ['454'],
    name: { en: 'Hong Kong', es: 'Hong Kong', ur: 'ہانگ کانگ', 'zh-Hans': '香港', 'zh-Hant': '香港' },
    slug: 'hong-kong',
  },
  {
    callingCode: '+886',
    code: 'TW',
    mobileCountryCodes: ['466'],
    name: { en: 'Taiwan', es: 'Taiwán', ur: 'تائیوان', 'zh-Hans': '台湾', 'zh-Hant': '臺灣' },
    slug: 'taiwan',
  },
  {
    callingCode: '+52',
    code: 'MX',
    mobileCountryCodes: ['334'],
    name: { en: 'Mexico', es: 'México', ur: 'میکسیکو', 'zh-Hans': '墨西哥', 'zh-Hant': '墨西哥' },
    slug: 'mexico',
  },
  {
    callingCode: '+971',
    code: 'AE',
    mobileCountryCodes: ['424'],
    name: { en: 'United Arab Emirates', es: 'Emiratos Árabes Unidos', ur: 'متحدہ عرب امارات', 'zh-Hans': '阿联酋', 'zh-Hant': '阿聯酋' },
    slug: 'united-arab-emirates',
  },
]
