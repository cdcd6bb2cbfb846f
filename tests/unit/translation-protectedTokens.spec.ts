import { describe, expect, it } from 'vitest'

import {
  compareProtectedTokens,
  countProtectedTokens,
  findProtectedTokens,
  protectedTokenMatches,
  splitForBidi,
} from '@/lib/translation/protectedTokens'

const kindsOf = (text: string) =>
  protectedTokenMatches(text).map(({ kind, text: token }) => [kind, token])

describe('findProtectedTokens', () => {
  it.each(['*123#', '#100*1#', '*111*3#', '*#06#', '**21*03001234567#'])(
    'should detect the USSD code %s',
    (code) => {
      expect(kindsOf(`Dial ${code} now.`)).toEqual([['ussd', code]])
    },
  )

  it('should detect full-width USSD codes in Chinese text', () => {
    expect(kindsOf('拨打＊１２３＃查询余额')).toEqual([['ussd', '＊１２３＃']])
  })

  it.each([
    '+92 300 1234567',
    '+923001234567',
    '+1 (555) 123-4567',
    '+86 138 0013 8000',
    '0300-1234567',
    '0300 1234567',
    '0912-345-678',
  ])('should detect the phone number %s', (phone) => {
    expect(kindsOf(`Call ${phone} today.`)).toEqual([['phone', phone]])
  })

  it.each([
    'Rs. 500',
    'Rs 1,000',
    'PKR 300',
    '$20',
    '$0.50',
    'US$ 15',
    'MXN $20',
    'S/ 10',
    '¥50',
    'HK$ 88',
    'NT$ 300',
    'AED 55',
    '€5',
    '30元',
    '100 MXN',
  ])('should detect the price %s', (price) => {
    expect(kindsOf(`It costs ${price} a month.`)).toEqual([['price', price]])
  })

  it('should detect a 15-digit IMEI', () => {
    expect(kindsOf('Your IMEI is 356938035643809.')).toEqual([['imei', '356938035643809']])
  })

  it('should detect URLs without trailing sentence punctuation', () => {
    expect(kindsOf('See https://jazz.com.pk/help?plan=1. Or (www.telcel.com).')).toEqual([
      ['url', 'https://jazz.com.pk/help?plan=1'],
      ['url', 'www.telcel.com'],
    ])
  })

  it('should detect standalone 3 to 6 digit numbers as short numbers', () => {
    expect(kindsOf('Send START to 668, or 拨打10086。')).toEqual([
      ['shortNumber', '668'],
      ['shortNumber', '10086'],
    ])
  })

  it('should not take parts of decimals, dates, times or long numbers as short numbers', () => {
    expect(
      findProtectedTokens('On 2024-05-01 at 10:30 pay 3.14159 or 1234567 units, 12 times.'),
    ).toEqual([])
  })

  it('should not take stars or hashes without digits as USSD codes', () => {
    expect(findProtectedTokens('Press # then * to go back.')).toEqual([])
  })

  it('should return tokens in order with duplicates kept', () => {
    expect(findProtectedTokens('Dial *123#, pay Rs 500, then dial *123# again.')).toEqual([
      '*123#',
      'Rs 500',
      '*123#',
    ])
  })

  it('should collapse whitespace inside tokens for display', () => {
    expect(findProtectedTokens('Pay Rs\u00a0500 or call +92  300 1234567')).toEqual([
      'Rs 500',
      '+92 300 1234567',
    ])
  })

  it('should report offsets into the original text', () => {
    const text = '拨打＊１２３＃查询'

    expect(protectedTokenMatches(text)).toEqual([
      { kind: 'ussd', text: '＊１２３＃', key: '*123#', start: 2, end: 7 },
    ])
  })
})

describe('countProtectedTokens', () => {
  it('should count tokens by their normalized key', () => {
    expect(
      countProtectedTokens('Dial *123# or ＊１２３＃, pay Rs  500 or Rs 500, call +92 300 1234567'),
    ).toEqual(
      new Map([
        ['*123#', 2],
        ['Rs500', 2],
        ['+923001234567', 1],
      ]),
    )
  })

  it('should give different phone spellings of one number the same key', () => {
    expect([...countProtectedTokens('0300-1234567').keys()]).toEqual([
      ...countProtectedTokens('0300 1234567').keys(),
    ])
  })
})

describe('compareProtectedTokens', () => {
  it('should accept a translation that keeps every token', () => {
    expect(
      compareProtectedTokens(
        'Dial *123# and pay Rs. 500 at https://jazz.com.pk.',
        'https://jazz.com.pk پر Rs. 500 ادا کریں اور *123# ڈائل کریں۔',
      ),
    ).toEqual({ missing: [], unexpected: [] })
  })

  it('should treat full-width digits and signs in Chinese as equal to ASCII', () => {
    expect(
      compareProtectedTokens('Dial *123# or send to 10086.', '拨打＊１２３＃或发送到１００８６。'),
    ).toEqual({
      missing: [],
      unexpected: [],
    })
  })

  it('should treat Urdu digits as equal to ASCII digits', () => {
    expect(compareProtectedTokens('Send to 668.', '۶۶۸ پر بھیجیں۔')).toEqual({
      missing: [],
      unexpected: [],
    })
  })

  it('should report a code reversed from *123# to #123* as missing and unexpected', () => {
    expect(
      compareProtectedTokens(
        'Dial *123# to check your balance.',
        'بیلنس چیک کرنے کے لیے #123* ڈائل کریں۔',
      ),
    ).toEqual({
      missing: ['*123#'],
      unexpected: ['#123*'],
    })
  })

  it('should report dropped and altered tokens', () => {
    expect(compareProtectedTokens('Pay $20 and dial *111*3#.', 'Paga $25.')).toEqual({
      missing: ['$20', '*111*3#'],
      unexpected: ['$25'],
    })
  })

  it('should count repeated tokens', () => {
    expect(compareProtectedTokens('Dial *123#, then *123# again.', 'Marque *123#.')).toEqual({
      missing: ['*123#'],
      unexpected: [],
    })
  })

  it('should ignore whitespace differences inside tokens', () => {
    expect(compareProtectedTokens('Call +92 300 1234567.', 'Llame al +92 3001234567.')).toEqual({
      missing: [],
      unexpected: [],
    })
  })
})

describe('splitForBidi', () => {
  it('should cut protected tokens out as their own runs', () => {
    expect(splitForBidi('ڈائل کریں *123# اور Rs. 500 ادا کریں')).toEqual([
      { text: 'ڈائل کریں ', isToken: false },
      { text: '*123#', isToken: true },
      { text: ' اور ', isToken: false },
      { text: 'Rs. 500', isToken: true },
      { text: ' ادا کریں', isToken: false },
    ])
  })

  it('should handle tokens at the edges and keep the original spelling', () => {
    expect(splitForBidi('＊１２３＃ ڈائل کریں 0300-1234567')).toEqual([
      { text: '＊１２３＃', isToken: true },
      { text: ' ڈائل کریں ', isToken: false },
      { text: '0300-1234567', isToken: true },
    ])
  })

  it('should return one plain run for text without tokens and none for empty text', () => {
    expect(splitForBidi('کوئی کوڈ نہیں')).toEqual([{ text: 'کوئی کوڈ نہیں', isToken: false }])
    expect(splitForBidi('')).toEqual([])
  })

  it('should join back to the original text', () => {
    const text = 'Marque *111*3# o llame al +52 55 1234 5678, cuesta MXN $20 (https://telcel.com).'

    expect(
      splitForBidi(text)
        .map((part) => part.text)
        .join(''),
    ).toBe(text)
  })
})
