import type { Messages } from './en'

/**
 * Reader-site UI strings, Urdu (Pakistan usage, Urdu script; the page is laid out right to left).
 * Every value carries Urdu script, even the technical column headers.
 */
export const ur: Messages = {
  site: {
    pagination: 'صفحات',
    previousPage: 'پچھلا صفحہ',
    nextPage: 'اگلا صفحہ',
    previewBanner: 'پیش نظارہ: آپ تازہ ترین مسودہ دیکھ رہے ہیں۔',
    exitPreview: 'پیش نظارہ بند کریں',
    breadcrumb: 'راستے کی نشان دہی',
    skipToContent: 'مرکزی مواد پر جائیں',
    home: 'سرورق',
    search: 'تلاش',
    searchPlaceholder: 'گائیڈز میں تلاش کریں',
    searchButton: 'تلاش کریں',
    languageSwitcherLabel: 'زبان',
    availableIn: 'یہ دیگر زبانوں میں بھی دستیاب ہے',
    footerNote:
      'سم کارڈز اور ای سم کے بارے میں آزاد گائیڈز۔ قیمتوں کی تصدیق ہمیشہ موبائل کمپنی سے کریں۔',
    poweredBy: 'Roampress کے تعاون سے',
  },
  home: {
    latestGuides: 'تازہ ترین گائیڈز',
    featuredGuides: 'منتخب گائیڈز',
    countries: 'ممالک',
    browseByTopic: 'موضوع کے لحاظ سے دیکھیں',
    noGuides: 'ابھی تک کوئی گائیڈ شائع نہیں ہوئی۔',
  },
  guide: {
    steps: 'مراحل',
    faq: 'سوالات و جوابات',
    lastVerified: 'آخری تصدیق: {date}',
    reviewOverdue:
      'یہ مراحل کافی عرصہ پہلے جانچے گئے تھے، ان پر عمل سے پہلے کمپنی سے تفصیلات کی تصدیق کر لیں۔',
    sources: 'ماخذ',
    carriers: 'موبائل کمپنیاں',
    relatedGuides: 'متعلقہ گائیڈز',
    simKind: 'سم کی قسم',
    topic: 'موضوع',
    country: 'ملک',
    updated: 'تازہ کاری',
    breadcrumbGuides: 'گائیڈز',
    esimSupported: 'ای سم دستیاب ہے',
    esimNotSupported: 'ای سم دستیاب نہیں',
    onThisPage: 'اس صفحے پر',
  },
  topics: {
    activate: 'سم چالو کرنا',
    topUp: 'بیلنس لوڈ کرنا',
    checkBalance: 'بیلنس معلوم کرنا',
    cancel: 'سم بند کرانا',
    portNumber: 'نمبر پورٹ کرانا',
    roaming: 'رومنگ',
    dataPlans: 'انٹرنیٹ پیکجز',
  },
  simKinds: {
    physical: 'فزیکل سم',
    esim: 'ای سم',
    both: 'فزیکل سم یا ای سم',
  },
  country: {
    carriersHeading: 'موبائل کمپنیاں',
    guidesByTopic: 'موضوع کے لحاظ سے گائیڈز',
    callingCode: 'ملکی کوڈ',
    mobileCountryCodes: 'موبائل ملکی کوڈز',
    networkCodes: 'MCC-MNC کوڈ',
    networks: 'نیٹ ورکس',
    esimColumn: 'ای سم',
  },
  carrier: {
    formerNames: 'سابقہ نام: {names}',
    website: 'ویب سائٹ',
    guidesHeading: 'اس کمپنی کی گائیڈز',
    country: 'ملک',
  },
  search: {
    title: 'تلاش',
    resultsFor: '“{query}” کے نتائج',
    resultCount: {
      one: '{count} نتیجہ',
      other: '{count} نتائج',
    },
    noResults: 'آپ کی تلاش سے کوئی گائیڈ نہیں ملی۔ کوئی دوسرا لفظ یا موبائل کمپنی کا نام آزمائیں۔',
    emptyQuery: 'گائیڈز تلاش کرنے کے لیے کوئی لفظ لکھیں۔',
  },
  notFound: {
    title: 'صفحہ نہیں ملا',
    body: 'آپ جو صفحہ تلاش کر رہے ہیں وہ موجود نہیں یا کہیں اور منتقل ہو چکا ہے۔',
    backHome: 'سرورق پر واپس جائیں',
  },
  unknownSite: {
    title: 'اس پتے پر کوئی اشاعت موجود نہیں',
    body: 'اس ویب پتے پر Roampress کی کوئی اشاعت موجود نہیں۔ پتہ دوبارہ دیکھیں یا نیچے دی گئی اشاعتوں میں سے کوئی ایک منتخب کریں۔',
    publicationsHeading: 'اشاعتیں',
  },
  feed: {
    title: '{site}: تازہ ترین گائیڈز',
  },
}
