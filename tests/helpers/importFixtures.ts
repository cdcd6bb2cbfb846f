/**
 * Markdown articles for the import tests, written for these tests: a Chinese guide with a
 * promoter's channel in its title, prose and footer; an Urdu guide; an English guide with a table,
 * a nested list and a FAQ; a Traditional Chinese guide; a Spanish guide.
 */

export const promoHandle = '@simdeals_club'
export const promoURL = 'https://t.me/simdeals_club'

export const chineseCancelArticle = `# 秘鲁Claro手机卡如何注销？一步一步来[[飞机群✈️ ${promoHandle}](${promoURL})]

在秘鲁办理的Claro SIM卡不再使用时，最好在离开前去营业厅注销，以免继续产生月租费。

## 注销步骤

1. **带上护照**：注销时需要核对登记的证件。
2. **前往Claro营业厅**：在利马的大型商场里都能找到。
3. **确认余额清零**：工作人员会检查是否有欠费，然后办理销户。

## 费用说明

| 项目 | 费用 |
| --- | --- |
| 注销手续费 | 免费 |
| 补办SIM卡 | 10 索尔 |

更多问题可以加入我们的电报频道 ${promoURL} 咨询，也可以查看 [Claro官网](https://www.claro.com.pe/personas/)。

## 常见问题

### 注销后号码还能恢复吗？

一般在九十天内可以到营业厅申请恢复。

### 可以请朋友代办吗？

需要本人护照原件和委托书。

[[飞机群✈️ ${promoHandle}](${promoURL}) ![宣传图](https://img.example-host.net/promo.png)]
`

export const urduTopUpArticle = `# پاکستان میں جاز سم میں بیلنس لوڈ کرنے کا طریقہ

پاکستان میں جاز کی سم میں بیلنس لوڈ کرنا آسان ہے، آپ دکان سے کارڈ خرید سکتے ہیں یا ایپ استعمال کر سکتے ہیں۔

## طریقہ

1. کسی بھی دکان سے جاز کا لوڈ کارڈ خریدیں۔
2. کارڈ پر لکھا ہوا نمبر ڈائل کریں۔
3. تصدیقی پیغام کا انتظار کریں۔

مزید معلومات کے لیے [واٹس ایپ گروپ](https://chat.whatsapp.com/AbCdEf123) میں شامل ہوں۔
`

export const englishEsimArticle = `# How to activate a Zong eSIM in Pakistan

Zong sells eSIMs at its franchise centres; bring your passport and a phone that supports eSIM.

## How to activate it

1. **Visit a Zong franchise**: the staff check your passport and register your fingerprints.
2. **Scan the QR code**: open your phone's settings, then:
    - on iPhone, choose Cellular, then Add eSIM;
    - on Android, choose Connections, then SIM manager.
3. **Restart the phone**: the eSIM connects within a few minutes.

## Prices

| Plan | Data | Price |
| --- | --- | --- |
| Weekly | 10 GB | 300 PKR |
| Monthly | 50 GB | 1,200 PKR |

See the [official Zong page](https://www.zong.com.pk/esim) and a [price comparison](https://compare.example.org/pk) for details.
![eSIM QR code on the counter](IMAGE_URL)

## FAQ

### Can I keep my number?

Yes: ask the franchise to move your number to the eSIM.

### Does it work in Islamabad?

Yes, everywhere Zong has coverage.

Join our Telegram @esim_tips_pk https://t.me/esim_tips_pk for more deals!
`

export const traditionalChineseArticle = `# 美國預付卡如何儲值

在美國購買的預付卡可以透過官方網站或便利商店儲值，儲值後餘額會立即更新。

## 儲值方法

1. 開啟電信業者的官方網站。
2. 輸入手機號碼與儲值金額。
3. 使用信用卡付款並確認簡訊。
`

export const mixedScriptSimplifiedArticle = `# 巴基斯坦手機卡怎么充值

在巴基斯坦，给手机卡充值的方法有很多种，可以在街边的小商店买充值卡，也可以用银行应用在线充值，非常方便。
`

export const spanishArticle = `# Cómo recargar saldo en un chip de Perú

Para recargar tu chip en Perú puedes usar la aplicación del operador o comprar una tarjeta en una bodega de tu barrio.
`

export const ambiguousCountryArticle = `# Roaming between Pakistan and Peru

Travellers who fly from Pakistan to Peru should check roaming with their carrier before the trip.
`
