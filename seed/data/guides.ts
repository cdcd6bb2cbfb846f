// Demo guides for the asia and americas tenants: original sample text, facts as of 2025.
import type { SeedGuide } from '@/seed/types'

export const seedGuides: SeedGuide[] = [
  {
    carriers: ['jazz'],
    country: 'PK',
    lastVerified: '2026-09-08',
    locales: {
      en: {
        title: 'How to cancel a Jazz SIM in Pakistan',
        slug: 'cancel-jazz-sim-pakistan',
        summary:
          'Closing a Jazz prepaid or postpaid SIM takes a visit to a Jazz franchise with the ID the line is registered to and a fingerprint check. Here is what to bring and what to expect.',
        steps: [
          {
            title: 'Check which numbers are registered to you',
            body: [
              'From any Pakistani mobile, send your 13-digit CNIC number (without dashes) by SMS to 668. The reply lists how many SIMs each network has issued against that ID. Holders of a foreign passport can ask franchise staff to run the same check.',
              'Note the Jazz numbers you want to close. If a number on the list is not yours, report it at the franchise during the same visit.',
            ],
          },
          {
            title: 'Use up or move your balance',
            body: [
              'Dial *111# to see the remaining balance. Credit left on a cancelled SIM is normally not refunded, so spend it first. If a JazzCash account is linked to the number, move the money to another account before the line is closed.',
            ],
          },
          {
            title: 'Visit a Jazz franchise or Jazz Experience Centre',
            body: [
              'Take your original CNIC, or your passport with a valid visa if the SIM was issued to a foreigner. Only the registered owner can cancel the SIM, because the request is confirmed with a biometric fingerprint check.',
              'Franchises are listed in the store locator on the Jazz website. Small retailers that sell scratch cards cannot close a line.',
            ],
          },
          {
            title: 'Confirm the deactivation',
            body: [
              'Staff verify your fingerprint and ask which number to close. Postpaid customers must clear any outstanding bill first.',
              'Ask for a printed or SMS confirmation. A few days later, send your CNIC number to 668 again to check that the number no longer appears.',
            ],
          },
        ],
        faq: [
          {
            question: 'Can someone else cancel the SIM for me?',
            answer: [
              'No. Because of the biometric check, the person whose CNIC or passport the SIM is registered to has to be there in person.',
            ],
          },
          {
            question: 'What happens to the number after cancellation?',
            answer: [
              'Jazz holds it for a while and may later issue it to a new customer. Before you close it, remove it from bank accounts, WhatsApp and any other service that sends you codes by SMS.',
            ],
          },
          {
            question: 'I am leaving Pakistan. Do I have to cancel?',
            answer: [
              'Not necessarily. A prepaid SIM that goes unused for a long time is eventually deactivated by the operator, but cancelling in person makes sure the number is no longer tied to your ID.',
            ],
          },
        ],
        body: [
          'Every mobile connection in Pakistan is tied to a CNIC or, for foreigners, a passport, and the owner stays responsible for how the number is used. Cancelling a SIM you no longer need stops it from being misused under your name.',
          'Jazz, the brand that replaced Mobilink and Warid in 2017, handles cancellations only at its own sales points. Bring:',
          '- Your original CNIC, or your passport with a valid visa\n- The SIM card itself, if you still have it\n- Money to settle any unpaid postpaid bill',
          'Helpline: 111 from a Jazz number. Numbers and procedures can change, so check the Jazz website before you go.',
        ],
      },
      ur: {
        title: 'پاکستان میں جاز سم بند کرنے کا طریقہ',
        slug: 'جاز-سم-بند-کرنے-کا-طریقہ',
        summary:
          'جاز کی پری پیڈ یا پوسٹ پیڈ سم بند کرانے کے لیے اسی شناختی دستاویز کے ساتھ جس پر لائن رجسٹر ہے، جاز فرنچائز جانا اور انگوٹھے کے نشان کی تصدیق کرانا ضروری ہے۔ یہاں بتایا گیا ہے کہ کیا ساتھ لے جائیں اور وہاں کیا ہوگا۔',
        steps: [
          {
            title: 'اپنے نام پر رجسٹرڈ نمبر معلوم کریں',
            body: [
              'کسی بھی پاکستانی موبائل سے اپنا 13 ہندسوں کا شناختی کارڈ نمبر (ڈیش کے بغیر) 668 پر ایس ایم ایس کریں۔ جواب میں بتایا جائے گا کہ ہر نیٹ ورک نے اس شناخت پر کتنی سمیں جاری کی ہیں۔ غیر ملکی پاسپورٹ رکھنے والے فرنچائز کے عملے سے یہی جانچ کرانے کو کہہ سکتے ہیں۔',
              'جو جاز نمبر بند کرنے ہیں انہیں لکھ لیں۔ اگر فہرست میں کوئی نمبر آپ کا نہیں ہے تو اسی دورے میں فرنچائز پر اس کی شکایت کریں۔',
            ],
          },
          {
            title: 'بیلنس استعمال کر لیں یا منتقل کریں',
            body: [
              'باقی بیلنس دیکھنے کے لیے *111# ملائیں۔ بند کی گئی سم پر بچا ہوا بیلنس عام طور پر واپس نہیں ملتا، اس لیے پہلے اسے استعمال کر لیں۔ اگر اس نمبر سے JazzCash اکاؤنٹ منسلک ہے تو لائن بند ہونے سے پہلے رقم کسی دوسرے اکاؤنٹ میں منتقل کر دیں۔',
            ],
          },
          {
            title: 'جاز فرنچائز یا جاز ایکسپیرینس سینٹر جائیں',
            body: [
              'اپنا اصل شناختی کارڈ ساتھ لے جائیں، یا اگر سم کسی غیر ملکی کے نام پر جاری ہوئی تھی تو درست ویزے والا پاسپورٹ۔ سم صرف رجسٹرڈ مالک ہی بند کرا سکتا ہے، کیونکہ درخواست کی تصدیق بائیومیٹرک انگوٹھے کے نشان سے ہوتی ہے۔',
              'فرنچائز کی فہرست جاز کی ویب سائٹ کے اسٹور لوکیٹر میں موجود ہے۔ اسکریچ کارڈ بیچنے والی چھوٹی دکانیں لائن بند نہیں کر سکتیں۔',
            ],
          },
          {
            title: 'بندش کی تصدیق کریں',
            body: [
              'عملہ آپ کے انگوٹھے کے نشان کی تصدیق کرے گا اور پوچھے گا کہ کون سا نمبر بند کرنا ہے۔ پوسٹ پیڈ صارفین کو پہلے اپنا واجب الادا بل ادا کرنا ہوگا۔',
              'تحریری یا ایس ایم ایس تصدیق طلب کریں۔ چند دن بعد اپنا شناختی کارڈ نمبر دوبارہ 668 پر بھیج کر دیکھ لیں کہ وہ نمبر اب فہرست میں نہیں ہے۔',
            ],
          },
        ],
        faq: [
          {
            question: 'کیا کوئی دوسرا شخص میری جگہ سم بند کرا سکتا ہے؟',
            answer: [
              'نہیں۔ بائیومیٹرک تصدیق کی وجہ سے اسی شخص کا خود موجود ہونا ضروری ہے جس کے شناختی کارڈ یا پاسپورٹ پر سم رجسٹر ہے۔',
            ],
          },
          {
            question: 'بند ہونے کے بعد نمبر کا کیا ہوتا ہے؟',
            answer: [
              'جاز کچھ عرصہ نمبر روک کر رکھتا ہے اور بعد میں کسی نئے صارف کو جاری کر سکتا ہے۔ بند کرنے سے پہلے اس نمبر کو بینک اکاؤنٹس، WhatsApp اور ہر اس سروس سے ہٹا دیں جو آپ کو ایس ایم ایس پر کوڈ بھیجتی ہے۔',
            ],
          },
          {
            question: 'میں پاکستان سے جا رہا ہوں۔ کیا سم بند کرانا ضروری ہے؟',
            answer: [
              'ضروری نہیں۔ طویل عرصے تک استعمال نہ ہونے والی پری پیڈ سم آپریٹر آخرکار خود بند کر دیتا ہے، لیکن خود جا کر بند کرانے سے یقینی ہو جاتا ہے کہ وہ نمبر اب آپ کی شناخت سے منسلک نہیں رہا۔',
            ],
          },
        ],
        body: [
          'پاکستان میں ہر موبائل کنکشن شناختی کارڈ سے، اور غیر ملکیوں کے لیے پاسپورٹ سے، منسلک ہوتا ہے اور نمبر کے استعمال کی ذمہ داری مالک پر رہتی ہے۔ غیر ضروری سم بند کرانے سے آپ کے نام پر اس کے غلط استعمال کا راستہ بند ہو جاتا ہے۔',
          'جاز، جس برانڈ نے 2017 میں موبی لنک اور وارد کی جگہ لی، سم صرف اپنے سیلز پوائنٹس پر بند کرتا ہے۔ ساتھ لے جائیں:',
          '- اصل شناختی کارڈ، یا درست ویزے والا پاسپورٹ\n- سم کارڈ، اگر آپ کے پاس موجود ہو\n- پوسٹ پیڈ کا کوئی باقی بل ادا کرنے کے لیے رقم',
          'ہیلپ لائن: جاز نمبر سے 111۔ نمبر اور طریقہ کار بدل سکتے ہیں، اس لیے جانے سے پہلے جاز کی ویب سائٹ دیکھ لیں۔',
        ],
      },
      'zh-Hans': {
        title: '如何在巴基斯坦注销 Jazz SIM 卡',
        slug: 'cancel-jazz-sim-pakistan',
        summary:
          '注销 Jazz 预付费或后付费 SIM 卡，需要携带该号码登记时所用的证件前往 Jazz 营业网点，并通过指纹验证。下文说明需要带什么、现场流程如何。',
        steps: [
          {
            title: '查询登记在您名下的号码',
            body: [
              '用任意一部巴基斯坦手机，把 13 位 CNIC 身份证号码（不带横线）以短信发送至 668。回复会列出各运营商以该证件开出的 SIM 卡数量。持外国护照的用户可以请营业网点工作人员代为查询。',
              '记下要注销的 Jazz 号码。如果列表中有不属于您的号码，可在同一次到店时一并举报。',
            ],
          },
          {
            title: '用完或转出余额',
            body: [
              '拨打 *111# 查询剩余话费。注销后的余额一般不予退还，请先用完。如果该号码绑定了 JazzCash 钱包，请在注销前把钱转到其他账户。',
            ],
          },
          {
            title: '前往 Jazz 加盟店或 Jazz 体验中心',
            body: [
              '携带 CNIC 原件；如果 SIM 卡登记在外国人名下，则携带有有效签证的护照。只有登记机主本人才能注销，因为申请需要通过生物识别指纹核验。',
              'Jazz 官网的门店查询页面列有各营业网点。出售充值卡的小商店无法办理销号。',
            ],
          },
          {
            title: '确认已停用',
            body: [
              '工作人员核验指纹后，会询问要注销哪个号码。后付费用户须先结清欠费。',
              '请索取纸质或短信确认。几天后再次将 CNIC 号码发送至 668，确认该号码已不在列表中。',
            ],
          },
        ],
        faq: [
          {
            question: '可以请别人代我注销吗？',
            answer: ['不可以。由于需要生物识别验证，SIM 卡登记证件的持有人必须本人到场。'],
          },
          {
            question: '注销后号码会怎样？',
            answer: [
              'Jazz 会将号码保留一段时间，之后可能重新分配给新用户。注销前，请先在银行账户、WhatsApp 以及其他通过短信发送验证码的服务中解绑该号码。',
            ],
          },
          {
            question: '我要离开巴基斯坦，必须注销吗？',
            answer: [
              '不一定。长期不用的预付费 SIM 卡最终会被运营商停用，但亲自注销可以确保该号码不再与您的证件关联。',
            ],
          },
        ],
        body: [
          '在巴基斯坦，每个手机号码都与 CNIC 身份证（外国人则为护照）绑定，号码的使用由机主负责。注销不再需要的 SIM 卡，可以避免它被他人以您的名义滥用。',
          'Jazz 是 2017 年取代 Mobilink 和 Warid 的品牌，只在自有销售网点办理注销。请携带：',
          '- CNIC 原件，或有有效签证的护照\n- SIM 卡本身（如仍在手中）\n- 用于结清后付费欠费的款项',
          '客服热线：用 Jazz 号码拨打 111。号码和流程可能变更，出发前请先查看 Jazz 官网。',
        ],
      },
      'zh-Hant': {
        title: '如何在巴基斯坦停用 Jazz SIM 卡',
        slug: 'cancel-jazz-sim-pakistan',
        summary:
          '要停用 Jazz 預付卡或月租型 SIM 卡，必須攜帶門號登記時使用的證件前往 Jazz 門市，並通過指紋驗證。以下說明該帶哪些東西、現場流程如何。',
        steps: [
          {
            title: '查詢登記在您名下的門號',
            body: [
              '用任何一支巴基斯坦手機，把 13 碼 CNIC 身分證號碼（不含橫線）以簡訊傳送至 668。回覆會列出各電信業者以該證件開出的 SIM 卡數量。持外國護照者可以請門市人員代為查詢。',
              '記下要停用的 Jazz 門號。若清單中有不是您的門號，可在同一次到門市時一併檢舉。',
            ],
          },
          {
            title: '用完或轉出餘額',
            body: [
              '撥打 *111# 查詢剩餘餘額。停用後剩下的餘額通常不會退還，請先用完。若該門號綁定了 JazzCash 電子錢包，請在停用前把款項轉到其他帳戶。',
            ],
          },
          {
            title: '前往 Jazz 加盟門市或 Jazz 體驗中心',
            body: [
              '攜帶 CNIC 正本；若 SIM 卡登記在外國人名下，則攜帶附有效簽證的護照。只有登記的本人才能停用，因為申請必須通過生物辨識指紋驗證。',
              'Jazz 官網的門市查詢頁面列有各據點。販售儲值卡的小商店無法辦理停用。',
            ],
          },
          {
            title: '確認已停用',
            body: [
              '門市人員驗證指紋後，會詢問要停用哪個門號。月租型用戶須先繳清未付帳款。',
              '請索取紙本或簡訊確認。幾天後再把 CNIC 號碼傳送至 668 一次，確認該門號已不在清單中。',
            ],
          },
        ],
        faq: [
          {
            question: '可以請別人代我停用嗎？',
            answer: ['不行。由於需要生物辨識驗證，SIM 卡登記證件的持有人必須親自到場。'],
          },
          {
            question: '停用後門號會怎樣？',
            answer: [
              'Jazz 會保留門號一段時間，之後可能重新配發給新用戶。停用前，請先在銀行帳戶、WhatsApp 及其他以簡訊傳送驗證碼的服務中更換這個門號。',
            ],
          },
          {
            question: '我要離開巴基斯坦，一定要停用嗎？',
            answer: [
              '不一定。長期未使用的預付卡最終會被電信業者停話，但親自辦理停用可以確保該門號不再與您的證件綁定。',
            ],
          },
        ],
        body: [
          '在巴基斯坦，每個手機門號都與 CNIC 身分證（外國人則為護照）綁定，門號的使用由登記人負責。停用不再需要的 SIM 卡，可以避免它被他人以您的名義濫用。',
          'Jazz 是 2017 年取代 Mobilink 與 Warid 的品牌，只在自有銷售據點辦理停用。請攜帶：',
          '- CNIC 正本，或附有效簽證的護照\n- SIM 卡本身（若仍在手邊）\n- 用來繳清月租型未付帳款的費用',
          '客服專線：以 Jazz 門號撥打 111。號碼與流程可能變動，出發前請先查看 Jazz 官網。',
        ],
      },
    },
    simKind: 'physical',
    sources: [
      { url: 'https://www.jazz.com.pk/', note: 'Jazz homepage: store locator and help pages' },
    ],
    status: 'published',
    tenant: 'asia',
    topic: 'cancel',
  },
  {
    carriers: ['zong'],
    country: 'PK',
    lastVerified: '2026-08-21',
    locales: {
      en: {
        title: 'How to top up a Zong SIM or eSIM in Pakistan',
        slug: 'top-up-zong-pakistan',
        summary:
          'Zong prepaid credit can be added at any shop offering Easyload, with a scratch card, or from a mobile wallet or banking app. The same methods work for physical SIMs and eSIMs.',
        steps: [
          {
            title: 'Check your current balance',
            body: [
              'Dial *222# from the Zong number. The reply shows your remaining balance and, on most plans, the date it expires.',
            ],
          },
          {
            title: 'Choose how to load credit',
            body: [
              '- Easyload: give the shopkeeper your number and the amount, for example Rs. 100 or Rs. 500\n- Scratch card: scratch the card, then dial *101*, the card code and #\n- App: use the My Zong app, JazzCash, Easypaisa or your banking app and pick Zong as the operator',
            ],
          },
          {
            title: 'Confirm the credit arrived',
            body: [
              'An SMS should arrive within a minute. Dial *222# again to confirm. If the credit does not appear, keep the receipt or the card and call 310 from your Zong number.',
            ],
          },
          {
            title: 'Buy a bundle if you need data',
            body: [
              'Credit on its own is charged at standard rates. For a better price per GB, subscribe to a daily, weekly or monthly bundle in the My Zong app or with the codes listed on the Zong website, and make sure your balance covers the bundle price.',
            ],
          },
        ],
        faq: [
          {
            question: 'Why did I receive less than the amount I paid?',
            answer: [
              'Government taxes are deducted when credit is loaded, so a Rs. 100 top-up gives less than Rs. 100 of usable balance. The exact deduction depends on the tax rate in force.',
            ],
          },
          {
            question: 'Can I top up a Zong number from abroad?',
            answer: [
              'Yes. Many international remittance and top-up services support Zong, and the My Zong app accepts some foreign cards. Check the fees before you pay.',
            ],
          },
          {
            question: 'Is topping up an eSIM any different?',
            answer: [
              'No. Credit belongs to the number, not to the SIM, so an eSIM is topped up exactly like a physical card.',
            ],
          },
        ],
        body: [
          "Zong, owned by China Mobile, is one of Pakistan's four mobile networks. Most of its customers are on prepaid, where credit is loaded in advance and bundles are bought from the balance.",
          'Easyload is the most common method: almost every general store, pharmacy and mobile shop can load credit onto any network in seconds. Mobile wallets are handy when there is no shop nearby.',
          'Zong balance, bundle and helpline codes can change. The codes here were correct at the time of checking; the Zong website lists the current ones.',
        ],
      },
      ur: {
        title: 'پاکستان میں زونگ سم یا ای سم ریچارج کرنے کا طریقہ',
        slug: 'top-up-zong-pakistan',
        summary:
          'زونگ پری پیڈ بیلنس ایزی لوڈ والی کسی بھی دکان سے، اسکریچ کارڈ سے، یا موبائل والیٹ اور بینکنگ ایپ سے ڈالا جا سکتا ہے۔ یہی طریقے عام سم اور ای سم دونوں کے لیے ہیں۔',
        steps: [
          {
            title: 'موجودہ بیلنس چیک کریں',
            body: [
              'زونگ نمبر سے *222# ملائیں۔ جواب میں باقی بیلنس اور زیادہ تر پیکجز پر اس کی میعاد ختم ہونے کی تاریخ بتائی جاتی ہے۔',
            ],
          },
          {
            title: 'بیلنس ڈالنے کا طریقہ منتخب کریں',
            body: [
              '- ایزی لوڈ: دکاندار کو اپنا نمبر اور رقم بتائیں، مثلاً Rs. 100 یا Rs. 500\n- اسکریچ کارڈ: کارڈ کھرچیں، پھر *101*، کارڈ کا کوڈ اور # ملائیں\n- ایپ: My Zong ایپ، JazzCash، Easypaisa یا اپنی بینکنگ ایپ استعمال کریں اور آپریٹر میں زونگ منتخب کریں',
            ],
          },
          {
            title: 'بیلنس پہنچنے کی تصدیق کریں',
            body: [
              'ایک منٹ کے اندر ایس ایم ایس آ جانا چاہیے۔ تصدیق کے لیے دوبارہ *222# ملائیں۔ اگر بیلنس نظر نہ آئے تو رسید یا کارڈ سنبھال کر رکھیں اور اپنے زونگ نمبر سے 310 پر کال کریں۔',
            ],
          },
          {
            title: 'ڈیٹا چاہیے تو بنڈل لیں',
            body: [
              'صرف بیلنس پر عام نرخ لگتے ہیں۔ فی جی بی بہتر قیمت کے لیے My Zong ایپ سے یا زونگ کی ویب سائٹ پر دیے گئے کوڈز سے روزانہ، ہفتہ وار یا ماہانہ بنڈل لیں، اور دیکھ لیں کہ آپ کا بیلنس بنڈل کی قیمت کے لیے کافی ہے۔',
            ],
          },
        ],
        faq: [
          {
            question: 'مجھے ادا کی گئی رقم سے کم بیلنس کیوں ملا؟',
            answer: [
              'بیلنس ڈالتے وقت سرکاری ٹیکس کٹ جاتے ہیں، اس لیے Rs. 100 کے ریچارج پر Rs. 100 سے کم قابل استعمال بیلنس ملتا ہے۔ کٹوتی کی صحیح مقدار اس وقت نافذ ٹیکس کی شرح پر منحصر ہے۔',
            ],
          },
          {
            question: 'کیا میں بیرون ملک سے زونگ نمبر ریچارج کر سکتا ہوں؟',
            answer: [
              'جی ہاں۔ بہت سی بین الاقوامی ترسیلات زر اور ٹاپ اپ سروسز زونگ کو سپورٹ کرتی ہیں، اور My Zong ایپ کچھ غیر ملکی کارڈ بھی قبول کرتی ہے۔ ادائیگی سے پہلے فیس دیکھ لیں۔',
            ],
          },
          {
            question: 'کیا ای سم کا ریچارج کسی طرح مختلف ہے؟',
            answer: [
              'نہیں۔ بیلنس نمبر سے منسلک ہوتا ہے، سم سے نہیں، اس لیے ای سم بالکل عام سم کی طرح ریچارج ہوتی ہے۔',
            ],
          },
        ],
        body: [
          'زونگ، جو چائنا موبائل کی ملکیت ہے، پاکستان کے چار موبائل نیٹ ورکس میں سے ایک ہے۔ اس کے زیادہ تر صارفین پری پیڈ پر ہیں، جس میں بیلنس پہلے ڈالا جاتا ہے اور بنڈل اسی بیلنس سے خریدے جاتے ہیں۔',
          'ایزی لوڈ سب سے عام طریقہ ہے: تقریباً ہر جنرل اسٹور، میڈیکل اسٹور اور موبائل شاپ چند سیکنڈ میں کسی بھی نیٹ ورک پر بیلنس ڈال سکتی ہے۔ جب قریب کوئی دکان نہ ہو تو موبائل والیٹ کام آتے ہیں۔',
          'زونگ کے بیلنس، بنڈل اور ہیلپ لائن کوڈز بدل سکتے ہیں۔ یہاں دیے گئے کوڈز جانچ کے وقت درست تھے؛ تازہ ترین کوڈز زونگ کی ویب سائٹ پر موجود ہیں۔',
        ],
      },
      'zh-Hans': {
        title: '如何为巴基斯坦 Zong SIM 卡或 eSIM 充值',
        slug: 'top-up-zong-pakistan',
        summary:
          'Zong 预付费话费可以在任何提供 Easyload 的商店充值，也可以用充值卡、手机钱包或银行 App 充值。实体 SIM 卡和 eSIM 的充值方法完全相同。',
        steps: [
          {
            title: '查询当前余额',
            body: ['用 Zong 号码拨打 *222#。回复会显示剩余余额，大多数套餐还会显示有效期。'],
          },
          {
            title: '选择充值方式',
            body: [
              '- Easyload：把号码和金额告诉店主，例如 Rs. 100 或 Rs. 500\n- 充值卡：刮开卡片，然后拨打 *101*、卡密和 #\n- App：使用 My Zong、JazzCash、Easypaisa 或银行 App，运营商选择 Zong',
            ],
          },
          {
            title: '确认到账',
            body: [
              '一分钟内应收到短信。再拨一次 *222# 确认。如果余额没有增加，请保留收据或充值卡，并用 Zong 号码拨打 310。',
            ],
          },
          {
            title: '如需流量，购买套餐',
            body: [
              '只有话费余额时按标准资费计费。想要更划算的每 GB 价格，可以在 My Zong App 中或通过 Zong 官网列出的代码订购日、周或月流量包，并确保余额足够支付套餐费用。',
            ],
          },
        ],
        faq: [
          {
            question: '为什么到账金额比我付的少？',
            answer: [
              '充值时会扣除政府税费，所以充值 Rs. 100 后，可用余额会少于 Rs. 100。具体扣除多少取决于当时的税率。',
            ],
          },
          {
            question: '可以在国外为 Zong 号码充值吗？',
            answer: [
              '可以。许多国际汇款和充值服务支持 Zong，My Zong App 也接受部分境外银行卡。付款前请先确认手续费。',
            ],
          },
          {
            question: 'eSIM 的充值方式有什么不同吗？',
            answer: [
              '没有不同。话费余额绑定在号码上而不是 SIM 卡上，所以 eSIM 的充值方式与实体卡完全一样。',
            ],
          },
        ],
        body: [
          'Zong 由中国移动持有，是巴基斯坦四家移动网络之一。大多数用户使用预付费：先充值话费，再用余额购买套餐。',
          'Easyload 是最常见的充值方式：几乎每家杂货店、药店和手机店都能在几秒钟内为任何运营商的号码充值。附近没有商店时，手机钱包更方便。',
          'Zong 的余额查询、套餐和客服代码可能会变更。本文代码在核实时有效，最新代码请以 Zong 官网为准。',
        ],
      },
    },
    simKind: 'both',
    sources: [
      { url: 'https://www.zong.com.pk/', note: 'Zong homepage: recharge and bundle pages' },
    ],
    status: 'published',
    tenant: 'asia',
    topic: 'top-up',
  },
  {
    carriers: ['jazz'],
    country: 'PK',
    lastVerified: '2026-07-15',
    locales: {
      en: {
        title: 'How to activate a Jazz eSIM in Pakistan',
        slug: 'activate-jazz-esim-pakistan',
        summary:
          'Jazz issues eSIMs for new numbers and as a replacement for an existing SIM. You need an eSIM-capable phone, your CNIC or passport and a biometric check, then you scan a QR code to install the profile.',
        steps: [
          {
            title: 'Check that your phone supports eSIM',
            body: [
              'Dial *#06# on the phone. If the screen shows an EID, the phone can hold an eSIM. Phones sold in some markets have eSIM switched off even when the same model supports it elsewhere.',
              'The phone must also be unlocked and, for longer stays, registered with the PTA (see below).',
            ],
          },
          {
            title: 'Visit a Jazz franchise or Experience Centre',
            body: [
              'Bring your original CNIC, or your passport with a valid visa. After verifying your fingerprint, staff either register a new number or convert your existing Jazz number to eSIM.',
              'Converting an existing number deactivates the physical SIM as soon as the eSIM is issued, so have the phone with you.',
            ],
          },
          {
            title: 'Scan the QR code',
            body: [
              'You receive a QR code on paper or by email. On iPhone, open Settings > Mobile Data (or Cellular) > Add eSIM; on Android, look under Settings > Connections or Network & internet > SIMs. Scan the code while connected to Wi-Fi.',
              'Keep the QR code until the profile works: each code can usually be used only once.',
            ],
          },
          {
            title: 'Turn on the line and test it',
            body: [
              'Give the new line a label such as Jazz, turn on mobile data for it and, if it is your only line, make it the default for calls. Dial *111# to confirm the line is active and see your balance.',
            ],
          },
        ],
        faq: [
          {
            question: 'Can I move my Jazz eSIM to a new phone?',
            answer: [
              'In most cases not by yourself. Ask Jazz for a new eSIM QR code for the new phone; the old profile stops working once the new one is issued. A fee may apply.',
            ],
          },
          {
            question: 'Does an eSIM cost more than a physical SIM?',
            answer: [
              'There is usually a small one-off issuing fee, similar to a SIM replacement. Ask at the franchise for the current price; bundles and call rates are the same.',
            ],
          },
          {
            question: 'What if I delete the eSIM by mistake?',
            answer: [
              'The line is not cancelled, but the profile is gone from the phone. Visit a franchise with your ID to get a replacement QR code.',
            ],
          },
        ],
        body: [
          "An eSIM is a SIM profile downloaded onto a chip built into the phone. In Pakistan it follows the same rules as a physical SIM: it is registered to one person's CNIC or passport and issued only after biometric verification.",
          'Jazz was among the first Pakistani networks to offer eSIM. Check the Jazz World app or the Jazz website to see whether online issuing is available for your ID; otherwise, and for most foreigners, the route is a visit to a franchise.',
          "Phones bought abroad are tracked by the PTA's Device Identification Registration and Blocking System (DIRBS). A foreign phone used with a Pakistani SIM may be blocked after a grace period unless it is registered, which can involve a tax. Ask at the franchise or check the PTA website for the current rules before relying on the line.",
        ],
      },
      ur: {
        title: 'پاکستان میں جاز ای سم ایکٹیویٹ کرنے کا طریقہ',
        slug: 'activate-jazz-esim-pakistan',
        summary:
          'جاز نئے نمبروں کے لیے اور موجودہ سم کی جگہ ای سم جاری کرتا ہے۔ اس کے لیے ای سم والا فون، شناختی کارڈ یا پاسپورٹ اور بائیومیٹرک تصدیق درکار ہے، جس کے بعد آپ کیو آر کوڈ اسکین کر کے پروفائل انسٹال کرتے ہیں۔',
        steps: [
          {
            title: 'چیک کریں کہ آپ کا فون ای سم سپورٹ کرتا ہے',
            body: [
              'فون پر *#06# ملائیں۔ اگر اسکرین پر EID نظر آئے تو فون میں ای سم لگ سکتی ہے۔ کچھ ممالک میں بکنے والے فونز میں ای سم بند ہوتی ہے، چاہے وہی ماڈل دوسری جگہ اسے سپورٹ کرتا ہو۔',
              'فون کسی کمپنی سے لاک نہیں ہونا چاہیے، اور طویل قیام کے لیے اسے پی ٹی اے میں رجسٹر بھی ہونا چاہیے (نیچے دیکھیں)۔',
            ],
          },
          {
            title: 'جاز فرنچائز یا ایکسپیرینس سینٹر جائیں',
            body: [
              'اصل شناختی کارڈ، یا درست ویزے والا پاسپورٹ ساتھ لے جائیں۔ انگوٹھے کے نشان کی تصدیق کے بعد عملہ یا تو نیا نمبر رجسٹر کرے گا یا آپ کا موجودہ جاز نمبر ای سم پر منتقل کر دے گا۔',
              'موجودہ نمبر منتقل کرنے پر ای سم جاری ہوتے ہی پرانی سم بند ہو جاتی ہے، اس لیے فون اپنے ساتھ رکھیں۔',
            ],
          },
          {
            title: 'کیو آر کوڈ اسکین کریں',
            body: [
              'آپ کو کاغذ پر یا ای میل کے ذریعے کیو آر کوڈ ملے گا۔ آئی فون پر Settings > Mobile Data (یا Cellular) > Add eSIM کھولیں؛ اینڈرائیڈ پر Settings > Connections یا Network & internet > SIMs دیکھیں۔ کوڈ وائی فائی سے جڑے ہوئے اسکین کریں۔',
              'پروفائل کام کرنے تک کیو آر کوڈ سنبھال کر رکھیں: عام طور پر ہر کوڈ صرف ایک بار استعمال ہو سکتا ہے۔',
            ],
          },
          {
            title: 'لائن آن کریں اور آزمائیں',
            body: [
              'نئی لائن کو Jazz جیسا کوئی نام دیں، اس کے لیے موبائل ڈیٹا آن کریں، اور اگر یہ آپ کی واحد لائن ہے تو کالز کے لیے اسے ڈیفالٹ بنائیں۔ لائن فعال ہونے کی تصدیق اور بیلنس دیکھنے کے لیے *111# ملائیں۔',
            ],
          },
        ],
        faq: [
          {
            question: 'کیا میں اپنی جاز ای سم نئے فون میں منتقل کر سکتا ہوں؟',
            answer: [
              'زیادہ تر صورتوں میں خود نہیں۔ نئے فون کے لیے جاز سے نیا ای سم کیو آر کوڈ لیں؛ نیا پروفائل جاری ہوتے ہی پرانا کام کرنا بند کر دیتا ہے۔ اس پر فیس لگ سکتی ہے۔',
            ],
          },
          {
            question: 'کیا ای سم عام سم سے مہنگی ہے؟',
            answer: [
              'عام طور پر سم تبدیل کرانے کی طرح ایک بار کی معمولی فیس لگتی ہے۔ موجودہ قیمت فرنچائز سے پوچھیں؛ بنڈل اور کال ریٹ ایک جیسے رہتے ہیں۔',
            ],
          },
          {
            question: 'اگر غلطی سے ای سم ڈیلیٹ ہو جائے تو کیا کریں؟',
            answer: [
              'لائن بند نہیں ہوتی، لیکن پروفائل فون سے ختم ہو جاتا ہے۔ متبادل کیو آر کوڈ کے لیے اپنی شناختی دستاویز کے ساتھ فرنچائز جائیں۔',
            ],
          },
        ],
        body: [
          'ای سم ایک سم پروفائل ہے جو فون کے اندر لگی چپ میں ڈاؤن لوڈ کیا جاتا ہے۔ پاکستان میں اس پر وہی قواعد لاگو ہیں جو عام سم پر: یہ ایک شخص کے شناختی کارڈ یا پاسپورٹ پر رجسٹر ہوتی ہے اور صرف بائیومیٹرک تصدیق کے بعد جاری کی جاتی ہے۔',
          'جاز پاکستان میں ای سم پیش کرنے والے پہلے نیٹ ورکس میں شامل تھا۔ یہ جاننے کے لیے کہ آپ کی شناختی دستاویز پر آن لائن اجرا ممکن ہے یا نہیں، Jazz World ایپ یا جاز کی ویب سائٹ دیکھیں؛ بصورت دیگر، اور زیادہ تر غیر ملکیوں کے لیے، فرنچائز جانا ہی طریقہ ہے۔',
          'بیرون ملک سے خریدے گئے فونز پی ٹی اے کے ڈیوائس آئیڈینٹیفکیشن رجسٹریشن اینڈ بلاکنگ سسٹم (DIRBS) کے ذریعے ٹریک ہوتے ہیں۔ پاکستانی سم کے ساتھ استعمال ہونے والا غیر ملکی فون رجسٹریشن کے بغیر ایک رعایتی مدت کے بعد بلاک ہو سکتا ہے، اور رجسٹریشن پر ٹیکس لگ سکتا ہے۔ لائن پر انحصار کرنے سے پہلے فرنچائز سے پوچھ لیں یا پی ٹی اے کی ویب سائٹ پر موجودہ قواعد دیکھ لیں۔',
        ],
      },
      'zh-Hans': {
        title: '如何在巴基斯坦激活 Jazz eSIM',
        slug: '激活-jazz-esim-巴基斯坦',
        summary:
          'Jazz 可以为新号码开通 eSIM，也可以把现有 SIM 卡换成 eSIM。您需要一部支持 eSIM 的手机、CNIC 身份证或护照，并通过生物识别验证，然后扫描二维码安装配置文件。',
        steps: [
          {
            title: '确认手机支持 eSIM',
            body: [
              '在手机上拨打 *#06#。如果屏幕上显示 EID，说明手机可以使用 eSIM。某些市场销售的手机即使同型号在别处支持 eSIM，也可能关闭了该功能。',
              '手机还必须是无锁机；如果长期停留，还需要在 PTA 登记（见下文）。',
            ],
          },
          {
            title: '前往 Jazz 加盟店或体验中心',
            body: [
              '携带 CNIC 原件，或有有效签证的护照。工作人员核验指纹后，会为您登记新号码，或把现有 Jazz 号码转为 eSIM。',
              '转换现有号码时，eSIM 一经发放，原实体卡即停用，所以请随身携带手机。',
            ],
          },
          {
            title: '扫描二维码',
            body: [
              '您会收到纸质或电子邮件形式的二维码。在 iPhone 上打开 设置 > 蜂窝网络 > 添加 eSIM；在 Android 手机上，到 设置 中的“连接”或“网络和互联网”下找到 SIM 卡选项。请在连接 Wi-Fi 时扫描。',
              '在配置文件正常工作之前请保留二维码：每个二维码通常只能使用一次。',
            ],
          },
          {
            title: '开启线路并测试',
            body: [
              '为新线路取一个名称，例如 Jazz，为其开启移动数据；如果这是您唯一的线路，请将其设为默认通话线路。拨打 *111# 确认线路已激活并查看余额。',
            ],
          },
        ],
        faq: [
          {
            question: '可以把 Jazz eSIM 转到新手机上吗？',
            answer: [
              '大多数情况下无法自行转移。请向 Jazz 申请用于新手机的新 eSIM 二维码；新配置文件发放后，旧的即失效。可能需要支付手续费。',
            ],
          },
          {
            question: 'eSIM 比实体 SIM 卡贵吗？',
            answer: [
              '通常需要支付一笔小额的一次性开通费，与补办 SIM 卡类似。当前价格请向营业网点咨询；套餐和通话资费相同。',
            ],
          },
          {
            question: '不小心删除了 eSIM 怎么办？',
            answer: [
              '号码并没有被注销，只是手机里的配置文件没了。请携带证件前往营业网点，申请新的二维码。',
            ],
          },
        ],
        body: [
          'eSIM 是下载到手机内置芯片中的 SIM 配置文件。在巴基斯坦，它与实体 SIM 卡适用相同的规定：登记在一个人的 CNIC 或护照名下，且只有通过生物识别验证后才会发放。',
          'Jazz 是巴基斯坦最早提供 eSIM 的运营商之一。您可以在 Jazz World App 或 Jazz 官网查看您的证件是否支持在线办理；否则，以及对大多数外国人而言，都需要前往营业网点办理。',
          '在境外购买的手机由 PTA 的设备识别、登记与封锁系统（DIRBS）进行管理。插入巴基斯坦 SIM 卡使用的境外手机，如未登记，可能在宽限期后被封锁，而登记可能需要缴税。在依赖这条线路之前，请先向营业网点咨询或查看 PTA 官网上的现行规定。',
        ],
      },
    },
    simKind: 'esim',
    sources: [
      { url: 'https://www.jazz.com.pk/', note: 'Jazz homepage: eSIM and franchise locator' },
    ],
    status: 'published',
    tenant: 'asia',
    topic: 'activate',
  },
  {
    carriers: ['jazz', 'zong', 'ufone', 'telenor-pakistan'],
    country: 'PK',
    lastVerified: '2026-10-02',
    locales: {
      en: {
        title: 'How to check your balance on Jazz, Zong, Ufone and Telenor',
        slug: 'check-balance-pakistan-sim',
        summary:
          'Each Pakistani network has a short USSD code that shows your remaining credit for free. This guide lists them and explains what to do when the reply is confusing.',
        steps: [
          {
            title: 'Dial the code for your network',
            body: ['- Jazz: *111#\n- Zong: *222#\n- Ufone: *124#\n- Telenor: *444#'],
          },
          {
            title: 'Read the reply',
            body: [
              'Within a few seconds a pop-up shows your main balance in rupees, for example Rs. 87.40. Some networks add the expiry date of the balance or offer a menu of options; press Cancel to close it without being charged.',
            ],
          },
          {
            title: 'Check remaining bundle minutes and data',
            body: [
              "The main balance does not include what is left in a bundle. Use the network's app (Jazz World, My Zong, My Ufone or My Telenor) to see remaining MBs, minutes and SMS, or look for the bundle status option in the USSD menu.",
            ],
          },
          {
            title: 'If the code does not work',
            body: [
              'On a dual-SIM phone, make sure you are dialling from the right SIM and that it has signal. If the code still returns an error, restart the phone, then try the app or call the helpline from that line: 111 (Jazz), 310 (Zong), 333 (Ufone) or 345 (Telenor).',
            ],
          },
        ],
        faq: [
          {
            question: 'Do balance checks cost anything?',
            answer: [
              'Balance enquiries with these USSD codes were free on all four networks at the time of checking.',
            ],
          },
          {
            question: 'Why is my balance lower than what I loaded?',
            answer: [
              'Taxes are deducted when credit is loaded, and some bundles and value-added services renew automatically from your balance. Look for active subscriptions in the app and unsubscribe from anything you did not ask for.',
            ],
          },
          {
            question: 'Can I check my balance while roaming abroad?',
            answer: [
              'Usually yes, the same codes work on partner networks abroad, but some roaming partners charge for USSD sessions. The network app over Wi-Fi is the safer option.',
            ],
          },
        ],
        body: [
          "Pakistan's four networks, Jazz, Zong, Ufone and Telenor, all keep prepaid balances in rupees, from which calls, SMS and bundles are paid. Knowing your balance helps you avoid a bundle failing to renew or a call being cut off.",
          "These codes have been stable for years but do change now and then. Telenor Pakistan's acquisition by PTCL, the parent company of Ufone, may eventually bring changes to its codes; if one stops working, check the carrier's website.",
        ],
      },
      ur: {
        title: 'جاز، زونگ، یوفون اور ٹیلی نار پر بیلنس چیک کرنے کا طریقہ',
        slug: 'بیلنس-چیک-کرنے-کے-کوڈ',
        summary:
          'پاکستان کے ہر نیٹ ورک کا ایک مختصر یو ایس ایس ڈی کوڈ ہے جس سے باقی بیلنس مفت معلوم ہو جاتا ہے۔ اس گائیڈ میں یہ کوڈ دیے گئے ہیں اور بتایا گیا ہے کہ جواب سمجھ میں نہ آئے تو کیا کریں۔',
        steps: [
          {
            title: 'اپنے نیٹ ورک کا کوڈ ملائیں',
            body: ['- جاز: *111#\n- زونگ: *222#\n- یوفون: *124#\n- ٹیلی نار: *444#'],
          },
          {
            title: 'جواب پڑھیں',
            body: [
              'چند سیکنڈ میں ایک پیغام اسکرین پر آتا ہے جس میں آپ کا اصل بیلنس روپوں میں ہوتا ہے، مثلاً Rs. 87.40۔ کچھ نیٹ ورک بیلنس کی میعاد بھی بتاتے ہیں یا آپشنز کا مینو دکھاتے ہیں؛ بغیر کسی چارج کے بند کرنے کے لیے Cancel دبائیں۔',
            ],
          },
          {
            title: 'بنڈل کے باقی منٹ اور ڈیٹا دیکھیں',
            body: [
              'اصل بیلنس میں بنڈل کا باقی حصہ شامل نہیں ہوتا۔ باقی ایم بی، منٹ اور ایس ایم ایس دیکھنے کے لیے نیٹ ورک کی ایپ (Jazz World، My Zong، My Ufone یا My Telenor) استعمال کریں، یا یو ایس ایس ڈی مینو میں بنڈل اسٹیٹس کا آپشن تلاش کریں۔',
            ],
          },
          {
            title: 'اگر کوڈ کام نہ کرے',
            body: [
              'ڈوئل سم فون میں دیکھ لیں کہ آپ درست سم سے کوڈ ملا رہے ہیں اور اس میں سگنل موجود ہیں۔ اگر پھر بھی خرابی آئے تو فون ری اسٹارٹ کریں، پھر ایپ آزمائیں یا اسی لائن سے ہیلپ لائن پر کال کریں: 111 (جاز)، 310 (زونگ)، 333 (یوفون) یا 345 (ٹیلی نار)۔',
            ],
          },
        ],
        faq: [
          {
            question: 'کیا بیلنس چیک کرنے پر کوئی چارج لگتا ہے؟',
            answer: [
              'جانچ کے وقت ان یو ایس ایس ڈی کوڈز سے بیلنس معلوم کرنا چاروں نیٹ ورکس پر مفت تھا۔',
            ],
          },
          {
            question: 'میرا بیلنس ڈالی گئی رقم سے کم کیوں ہے؟',
            answer: [
              'بیلنس ڈالتے وقت ٹیکس کٹتے ہیں، اور کچھ بنڈل اور اضافی سروسز آپ کے بیلنس سے خود بخود تجدید ہو جاتی ہیں۔ ایپ میں فعال سبسکرپشنز دیکھیں اور جو سروس آپ نے نہیں مانگی اسے ختم کر دیں۔',
            ],
          },
          {
            question: 'کیا بیرون ملک رومنگ کے دوران بیلنس چیک کیا جا سکتا ہے؟',
            answer: [
              'عام طور پر ہاں، یہی کوڈ بیرون ملک پارٹنر نیٹ ورکس پر بھی چلتے ہیں، لیکن کچھ رومنگ پارٹنر یو ایس ایس ڈی سیشن کا چارج لیتے ہیں۔ وائی فائی پر نیٹ ورک کی ایپ زیادہ محفوظ طریقہ ہے۔',
            ],
          },
        ],
        body: [
          'پاکستان کے چاروں نیٹ ورک، یعنی جاز، زونگ، یوفون اور ٹیلی نار، پری پیڈ بیلنس روپوں میں رکھتے ہیں جس سے کالز، ایس ایم ایس اور بنڈلز کی ادائیگی ہوتی ہے۔ بیلنس معلوم ہونے سے بنڈل کی تجدید رکنے یا کال کٹ جانے سے بچا جا سکتا ہے۔',
          'یہ کوڈ برسوں سے نہیں بدلے لیکن کبھی کبھار تبدیل ہو جاتے ہیں۔ یوفون کی پیرنٹ کمپنی پی ٹی سی ایل کی جانب سے ٹیلی نار پاکستان کی خریداری کے بعد آخرکار اس کے کوڈز میں تبدیلی آ سکتی ہے؛ اگر کوئی کوڈ کام کرنا چھوڑ دے تو کمپنی کی ویب سائٹ دیکھیں۔',
        ],
      },
      'zh-Hant': {
        title: '如何查詢 Jazz、Zong、Ufone 與 Telenor 的餘額',
        slug: 'check-balance-pakistan-sim',
        summary:
          '巴基斯坦每家電信業者都有一組簡短的 USSD 代碼，可免費查詢剩餘餘額。本文列出這些代碼，並說明看不懂回覆時該怎麼辦。',
        steps: [
          {
            title: '撥打您所用業者的代碼',
            body: ['- Jazz：*111#\n- Zong：*222#\n- Ufone：*124#\n- Telenor：*444#'],
          },
          {
            title: '閱讀回覆內容',
            body: [
              '幾秒內畫面會跳出視窗，顯示以盧比計算的主要餘額，例如 Rs. 87.40。有些業者還會顯示餘額到期日，或提供選單；按「取消」即可關閉，不會收費。',
            ],
          },
          {
            title: '查詢方案剩餘的分鐘數與數據量',
            body: [
              '主要餘額不包含方案中剩餘的用量。請使用業者的 App（Jazz World、My Zong、My Ufone 或 My Telenor）查看剩餘的 MB、通話分鐘數與簡訊，或在 USSD 選單中尋找方案狀態選項。',
            ],
          },
          {
            title: '代碼無法使用時',
            body: [
              '使用雙卡手機時，請確認是從正確的 SIM 卡撥出，且該卡有訊號。若仍顯示錯誤，請重新開機，再改用 App，或從該門號撥打客服專線：111（Jazz）、310（Zong）、333（Ufone）或 345（Telenor）。',
            ],
          },
        ],
        faq: [
          {
            question: '查詢餘額要付費嗎？',
            answer: ['查證時，四家業者以這些 USSD 代碼查詢餘額皆為免費。'],
          },
          {
            question: '為什麼餘額比我儲值的金額少？',
            answer: [
              '儲值時會先扣除稅金，而且部分方案和加值服務會自動從餘額續訂。請在 App 中查看目前訂閱的服務，取消任何您沒有申請過的項目。',
            ],
          },
          {
            question: '在國外漫遊時可以查詢餘額嗎？',
            answer: [
              '通常可以，這些代碼在國外的合作網路上同樣適用，但有些漫遊業者會對 USSD 連線收費。透過 Wi-Fi 使用業者 App 比較保險。',
            ],
          },
        ],
        body: [
          '巴基斯坦的四家行動業者 Jazz、Zong、Ufone 與 Telenor，都以盧比計算預付卡餘額，通話、簡訊和方案費用都從餘額中扣除。掌握餘額可避免方案無法續訂或通話中斷。',
          '這些代碼多年來都沒有變動，但偶爾還是會調整。Ufone 的母公司 PTCL 收購 Telenor Pakistan 後，Telenor 的代碼日後可能有所變更；若某個代碼失效，請查看業者官網。',
        ],
      },
    },
    simKind: 'physical',
    sources: [
      { url: 'https://www.ufone.com/', note: 'Ufone homepage: balance and helpline codes' },
      { url: 'https://www.telenor.com.pk/', note: 'Telenor Pakistan homepage: USSD codes' },
    ],
    status: 'published',
    tenant: 'asia',
    topic: 'check-balance',
  },
  {
    carriers: ['china-mobile'],
    country: 'CN',
    lastVerified: '2026-06-18',
    locales: {
      en: {
        title: 'How to top up a China Mobile SIM',
        slug: 'top-up-china-mobile-sim',
        summary:
          'China Mobile credit is easiest to add through Alipay or WeChat Pay, which now accept many foreign bank cards. You can also pay in cash at a China Mobile service hall.',
        steps: [
          {
            title: 'Check your balance',
            body: [
              'Send an SMS with the text CXYE to 10086, or call 10086 and follow the voice menu. The reply shows your current balance in yuan (CNY).',
            ],
          },
          {
            title: 'Top up in Alipay or WeChat Pay',
            body: [
              'In Alipay, search for Mobile Top Up (手机充值); in WeChat, open Me > Services > Mobile Top Up. Enter your China Mobile number, pick an amount such as CNY 50 or CNY 100 and pay.',
              'Payments with a foreign card linked to Alipay or WeChat Pay may carry a small fee on larger amounts.',
            ],
          },
          {
            title: 'Or pay cash at a service hall',
            body: [
              'Any China Mobile service hall (营业厅) takes cash top-ups. Give the number or show the SIM card; a passport is not usually needed just to add credit.',
            ],
          },
          {
            title: 'Confirm the top-up',
            body: [
              'An SMS from 10086 confirms the new balance, usually within minutes. If the line had been suspended for a negative balance, service normally comes back on its own once the balance is positive again.',
            ],
          },
        ],
        faq: [
          {
            question: 'Can I top up a number registered in another province?',
            answer: [
              'Yes, online top-ups through Alipay, WeChat Pay or the China Mobile app work nationwide. Some counter services, such as changing your plan, may only be possible in the province where the number was registered.',
            ],
          },
          {
            question: 'Why was my line suspended even though I just topped up?',
            answer: [
              'The monthly plan fee is deducted at the start of each month. If the balance is too low, the line is suspended (欠费停机) until the shortfall is paid, so top up enough to cover the monthly fee as well.',
            ],
          },
        ],
        body: [
          "Most China Mobile SIMs sold to visitors are prepaid numbers with a monthly package: a fixed fee is taken each month and the rest of the balance pays for extra use. Under China's real-name rules, every number is registered to its owner's passport or ID card.",
          'Cash and printed top-up cards still exist, but most people top up inside mobile payment apps. Since 2023, Alipay and WeChat Pay have let foreign visitors link international Visa and Mastercard cards, which makes topping up far simpler than it used to be.',
          'Keep in mind that a mainland SIM follows mainland internet rules, so some foreign apps and websites may not be reachable on it.',
        ],
      },
      'zh-Hans': {
        title: '如何为中国移动 SIM 卡充值',
        slug: '中国移动-sim-卡-充值',
        summary:
          '为中国移动号码充话费，最方便的是用支付宝或微信支付，二者现已支持许多境外银行卡。也可以在中国移动营业厅用现金充值。',
        steps: [
          {
            title: '查询余额',
            body: [
              '编辑短信 CXYE 发送到 10086，或拨打 10086 按语音提示操作。回复会显示当前余额（人民币，CNY）。',
            ],
          },
          {
            title: '在支付宝或微信中充值',
            body: [
              '在支付宝中搜索“手机充值”；在微信中打开 我 > 服务 > 手机充值。输入中国移动号码，选择 CNY 50 或 CNY 100 等金额并付款。',
              '使用绑定在支付宝或微信支付上的境外银行卡付款时，金额较大可能会收取少量手续费。',
            ],
          },
          {
            title: '或在营业厅用现金充值',
            body: [
              '任何中国移动营业厅都可以用现金充值。报出号码或出示 SIM 卡即可；单纯充值一般不需要出示护照。',
            ],
          },
          {
            title: '确认到账',
            body: [
              '通常几分钟内会收到 10086 发来的短信，告知新的余额。如果号码此前因余额为负而停机，余额转正后一般会自动恢复服务。',
            ],
          },
        ],
        faq: [
          {
            question: '外省登记的号码可以充值吗？',
            answer: [
              '可以，通过支付宝、微信支付或中国移动 App 在线充值全国通用。但变更套餐等部分柜台业务，可能只能在号码归属省份办理。',
            ],
          },
          {
            question: '为什么刚充值号码还是停机了？',
            answer: [
              '套餐月费在每月初扣除。如果余额不足，号码会欠费停机，直到补足欠款为止。所以充值时请把月费也算进去。',
            ],
          },
        ],
        body: [
          '卖给外国游客的中国移动 SIM 卡大多是带月套餐的预付费号码：每月扣除固定月费，其余余额用于超出套餐的消费。根据中国的实名制规定，每个号码都登记在机主的护照或身份证名下。',
          '现金和实体充值卡依然存在，但大多数人都在移动支付 App 里充值。自 2023 年起，支付宝和微信支付允许外国游客绑定国际 Visa 和 Mastercard 银行卡，充值比以前简单得多。',
          '请注意，内地 SIM 卡遵循内地的互联网管理规定，部分境外 App 和网站可能无法访问。',
        ],
      },
      'zh-Hant': {
        title: '如何為中國移動 SIM 卡儲值',
        slug: 'top-up-china-mobile-sim',
        summary:
          '替中國移動門號儲值，最方便的是使用支付寶或微信支付，兩者現已接受許多境外信用卡。也可以到中國移動營業廳以現金儲值。',
        steps: [
          {
            title: '查詢餘額',
            body: [
              '以簡訊傳送 CXYE 至 10086，或撥打 10086 依語音指示操作。回覆會顯示目前餘額（人民幣，CNY）。',
            ],
          },
          {
            title: '在支付寶或微信中儲值',
            body: [
              '在支付寶中搜尋「手機充值」；在微信中開啟「我」>「服務」>「手機充值」。輸入中國移動門號，選擇 CNY 50 或 CNY 100 等金額後付款。',
              '以綁定在支付寶或微信支付上的境外信用卡付款時，金額較高可能會收取少許手續費。',
            ],
          },
          {
            title: '或到營業廳以現金儲值',
            body: [
              '任何一家中國移動營業廳都可以現金儲值。告知門號或出示 SIM 卡即可；單純儲值通常不需要出示護照。',
            ],
          },
          {
            title: '確認儲值成功',
            body: [
              '通常幾分鐘內會收到 10086 傳來的簡訊，告知新的餘額。若門號先前因餘額為負而停話，餘額回到正數後一般會自動恢復服務。',
            ],
          },
        ],
        faq: [
          {
            question: '外省登記的門號可以儲值嗎？',
            answer: [
              '可以，透過支付寶、微信支付或中國移動 App 線上儲值全國通用。不過像變更資費方案等部分臨櫃業務，可能只能在門號登記的省份辦理。',
            ],
          },
          {
            question: '為什麼剛儲值完門號還是被停話？',
            answer: [
              '方案月租費會在每月初扣除。若餘額不足，門號會因欠費停話，直到補足欠款為止。因此儲值時請把月租費一併算進去。',
            ],
          },
        ],
        body: [
          '賣給外國旅客的中國移動 SIM 卡，大多是附月租方案的預付門號：每月扣除固定月租，其餘餘額用於方案外的用量。依照中國的實名制規定，每個門號都登記在持有人的護照或身分證名下。',
          '現金和實體儲值卡仍然存在，但大多數人都在行動支付 App 裡儲值。自 2023 年起，支付寶和微信支付開放外國旅客綁定國際 Visa 與 Mastercard 信用卡，儲值比以前簡單許多。',
          '請留意，中國大陸的 SIM 卡須遵守大陸的網路管理規定，部分境外 App 和網站可能無法連上。',
        ],
      },
    },
    simKind: 'physical',
    sources: [{ url: 'https://www.10086.cn/', note: 'China Mobile homepage: top-up and balance' }],
    status: 'published',
    tenant: 'asia',
    topic: 'top-up',
  },
  {
    carriers: ['csl', 'smartone'],
    country: 'HK',
    lastVerified: '2026-08-03',
    locales: {
      en: {
        title: 'How to activate a prepaid eSIM in Hong Kong',
        slug: 'activate-prepaid-esim-hong-kong',
        summary:
          "Prepaid eSIMs from csl or SmarTone must be registered under Hong Kong's real-name scheme before they work. Registration takes a few minutes online with your passport.",
        steps: [
          {
            title: 'Buy the eSIM',
            body: [
              "Buy a prepaid or tourist eSIM on the carrier's website or app, or at a shop or the airport. You get a QR code or an activation code by email or on a printed card.",
            ],
          },
          {
            title: 'Install the eSIM profile',
            body: [
              'While connected to Wi-Fi, scan the QR code from the mobile or SIM settings of your phone. Label the new line, for example HK, and keep your home SIM switched on for calls if you wish.',
            ],
          },
          {
            title: 'Complete real-name registration',
            body: [
              'Follow the registration link that came with the eSIM. Enter your name, date of birth and passport number, and upload a photo of the passport page. Visitors use their passport; Hong Kong residents use their HKID card.',
              'Calls and data stay blocked until the registration is approved, which usually takes minutes but can take longer at busy times.',
            ],
          },
          {
            title: 'Turn on data and test',
            body: [
              'Choose the Hong Kong line for mobile data and open a web page to check the connection. If nothing loads, restart the phone and check that the registration has been approved.',
            ],
          },
        ],
        faq: [
          {
            question: 'How many prepaid SIMs can I register in Hong Kong?',
            answer: [
              'Each operator applies a cap, and it is lower for people registering with a passport than for HKID holders. If you reach the limit, deregister an old card or use another operator.',
            ],
          },
          {
            question: 'Can I use the Hong Kong eSIM in mainland China?',
            answer: [
              'Only if the plan includes mainland data. Many tourist plans come in a Hong Kong plus mainland China version, sometimes with Macau too; check the plan name before you buy.',
            ],
          },
          {
            question: 'Do I need to register again when I top up?',
            answer: [
              'No. Registration is done once per card, and top-ups keep the same registration while the card is valid.',
            ],
          },
        ],
        body: [
          'Since February 2023, every SIM and eSIM used in Hong Kong, including prepaid cards bought by visitors, must be registered under the Real-name Registration Programme for SIM Cards. Unregistered cards cannot make calls or use data.',
          'Each carrier runs its own online registration, and all of them ask for the same details:',
          '- Full name as shown on the ID document\n- Date of birth\n- Passport or HKID number and a copy of the document',
          'csl and SmarTone both sell eSIM versions of their prepaid cards. Before paying, check that your phone is unlocked and eSIM-capable: dial *#06# and look for an EID.',
        ],
      },
      'zh-Hant': {
        title: '如何在香港啟用儲值 eSIM',
        slug: 'activate-prepaid-esim-hong-kong',
        summary:
          'csl 或數碼通的儲值 eSIM 必須先按香港的實名登記制度登記，才可以使用。用護照在網上登記，只需幾分鐘。',
        steps: [
          {
            title: '購買 eSIM',
            body: [
              '在電訊商的網站或 App，或在門市、機場購買儲值卡或旅客 eSIM。您會透過電郵或印刷卡收到 QR 碼或啟用碼。',
            ],
          },
          {
            title: '安裝 eSIM 設定檔',
            body: [
              '連接 Wi-Fi 後，在手機的流動網絡或 SIM 設定中掃描 QR 碼。為新號碼加上標籤，例如 HK；如有需要，可保留本地 SIM 卡開啟以接聽來電。',
            ],
          },
          {
            title: '完成實名登記',
            body: [
              '按 eSIM 附上的登記連結操作。輸入姓名、出生日期和護照號碼，並上載護照資料頁的相片。旅客使用護照登記，香港居民則使用香港身份證。',
              '登記獲批前，通話和數據都無法使用。批核通常只需幾分鐘，但繁忙時間可能較久。',
            ],
          },
          {
            title: '開啟數據並測試',
            body: [
              '將流動數據設定為使用香港號碼，然後開啟一個網頁測試連線。如無法上網，請重新開機，並確認登記已獲批核。',
            ],
          },
        ],
        faq: [
          {
            question: '在香港最多可以登記多少張儲值卡？',
            answer: [
              '每間電訊商都設有上限，以護照登記的上限比持香港身份證者低。如已達上限，可取消登記舊卡，或改用其他電訊商。',
            ],
          },
          {
            question: '香港 eSIM 可以在中國內地使用嗎？',
            answer: [
              '只有計劃包含內地數據時才可以。不少旅客計劃設有「香港加中國內地」版本，有些更包括澳門；購買前請留意計劃名稱。',
            ],
          },
          {
            question: '增值時需要重新登記嗎？',
            answer: ['不需要。每張卡只需登記一次，卡仍有效期間增值，登記資料會保留。'],
          },
        ],
        body: [
          '自 2023 年 2 月起，所有在香港使用的 SIM 卡及 eSIM，包括旅客購買的儲值卡，都必須按「電話智能卡實名登記制度」登記。未登記的卡不能撥打電話或使用數據。',
          '各電訊商各自設有網上登記平台，所需資料相同：',
          '- 證件上顯示的全名\n- 出生日期\n- 護照或香港身份證號碼，以及證件副本',
          'csl 和數碼通都有推出儲值卡的 eSIM 版本。付款前，請先確認手機沒有上鎖並支援 eSIM：撥打 *#06#，看看是否顯示 EID。',
        ],
      },
      'zh-Hans': {
        title: '如何在香港激活预付费 eSIM',
        slug: 'activate-prepaid-esim-hong-kong',
        summary:
          'csl 或数码通的预付费 eSIM 必须先按香港实名登记制度完成登记才能使用。用护照在线登记只需几分钟。',
        steps: [
          {
            title: '购买 eSIM',
            body: [
              '在运营商的网站或 App，或在门店、机场购买预付费卡或旅客 eSIM。您会通过电子邮件或印刷卡片收到二维码或激活码。',
            ],
          },
          {
            title: '安装 eSIM 配置文件',
            body: [
              '连接 Wi-Fi 后，在手机的移动网络或 SIM 卡设置中扫描二维码。为新线路添加标签，例如 HK；如有需要，可保留本国 SIM 卡开启以便接听来电。',
            ],
          },
          {
            title: '完成实名登记',
            body: [
              '按照 eSIM 附带的登记链接操作。填写姓名、出生日期和护照号码，并上传护照信息页照片。旅客使用护照登记，香港居民使用香港身份证。',
              '登记获批前，通话和数据都无法使用。审核通常只需几分钟，但高峰期可能更久。',
            ],
          },
          {
            title: '开启数据并测试',
            body: [
              '将移动数据设为使用香港线路，然后打开一个网页测试连接。如果无法上网，请重启手机，并确认登记已获批准。',
            ],
          },
        ],
        faq: [
          {
            question: '在香港最多可以登记多少张预付费卡？',
            answer: [
              '每家运营商都设有上限，以护照登记的上限低于持香港身份证者。如已达上限，可注销旧卡的登记，或改用其他运营商。',
            ],
          },
          {
            question: '香港 eSIM 能在中国内地使用吗？',
            answer: [
              '只有套餐包含内地数据时才可以。不少旅客套餐有“香港加中国内地”版本，有的还包括澳门；购买前请留意套餐名称。',
            ],
          },
          {
            question: '充值时需要重新登记吗？',
            answer: ['不需要。每张卡只需登记一次，在卡有效期内充值，登记信息会保留。'],
          },
        ],
        body: [
          '自 2023 年 2 月起，所有在香港使用的 SIM 卡和 eSIM，包括旅客购买的预付费卡，都必须按“电话智能卡实名登记制度”登记。未登记的卡无法拨打电话或使用数据。',
          '各运营商各自提供在线登记平台，所需信息相同：',
          '- 证件上显示的全名\n- 出生日期\n- 护照或香港身份证号码，以及证件副本',
          'csl 和数码通都推出了预付费卡的 eSIM 版本。付款前，请先确认手机无锁并支持 eSIM：拨打 *#06#，看看是否显示 EID。',
        ],
      },
    },
    simKind: 'esim',
    sources: [
      { url: 'https://www.hkcsl.com/', note: 'csl homepage: prepaid eSIM and registration' },
      { url: 'https://www.smartone.com/', note: 'SmarTone homepage: prepaid SIM registration' },
    ],
    status: 'published',
    tenant: 'asia',
    topic: 'activate',
  },
  {
    carriers: ['chunghwa-telecom'],
    country: 'TW',
    lastVerified: '2026-09-25',
    locales: {
      en: {
        title: 'How to activate a Chunghwa Telecom prepaid SIM in Taiwan',
        slug: 'activate-chunghwa-prepaid-sim-taiwan',
        summary:
          'Visitors can buy a Chunghwa Telecom prepaid SIM at airport counters or Chunghwa shops. You need your passport and a second photo ID, and the card is normally working before you leave the counter.',
        steps: [
          {
            title: 'Prepare two forms of ID',
            body: [
              'Taiwan requires two documents for a prepaid SIM. Foreign visitors show their passport plus a second photo ID, such as a driving licence or national ID card from home. Residents use their ARC together with a second document.',
            ],
          },
          {
            title: 'Choose a plan at the counter',
            body: [
              'Chunghwa counters in the arrival halls of Taoyuan (TPE) and other international airports sell tourist plans with a set number of days of data, usually with some call credit included. Prices start at a few hundred New Taiwan dollars (NT$); match the number of days to the length of your stay.',
            ],
          },
          {
            title: 'Let staff register and insert the card',
            body: [
              'Staff copy your documents, register the number in your name and usually insert the SIM for you. Keep the card holder: it shows your number and the date the plan ends.',
            ],
          },
          {
            title: 'Test before you leave',
            body: [
              'Turn off Wi-Fi and open a web page, then make a short call. If data does not work, check that mobile data is on for the Chunghwa line and that the access point name (APN) is set to internet.',
            ],
          },
        ],
        faq: [
          {
            question: 'Can I add more days or credit to a tourist SIM?',
            answer: [
              'Tourist plans are usually fixed-term, but you can add call credit or buy an extension at Chunghwa shops and at convenience stores such as 7-Eleven. Ask at the counter which options apply to your plan.',
            ],
          },
          {
            question: 'Does Chunghwa sell eSIMs to visitors?',
            answer: [
              'Prepaid eSIMs for visitors have been offered by Chunghwa and other Taiwanese carriers, but availability and registration steps change. Check the Chunghwa website before you travel; the two-ID rule still applies.',
            ],
          },
          {
            question: 'What happens when the plan ends?',
            answer: [
              'Data stops when the plan ends. The number is only kept for a limited time afterwards, so do not use it for bank or app verification you will need later.',
            ],
          },
        ],
        body: [
          "Chunghwa Telecom is Taiwan's largest operator and has the widest coverage in mountain and rural areas, which matters if you plan to visit places such as Taroko or Alishan.",
          'Prepaid SIMs in Taiwan are registered to a named person, and every buyer must show two forms of ID. Counter staff handle the paperwork; with no queue it takes about ten minutes. Bring:',
          '- A passport valid for your stay\n- A second photo ID, such as a driving licence or national ID card\n- Cash or a card for the plan fee',
        ],
      },
      'zh-Hant': {
        title: '如何在臺灣開通中華電信預付卡',
        slug: '中華電信-預付卡-開通',
        summary:
          '旅客可在機場櫃檯或中華電信門市購買預付卡。須備妥護照及第二證件，通常離開櫃檯前即可開始使用。',
        steps: [
          {
            title: '備妥雙證件',
            body: [
              '在臺灣申辦預付卡須出示兩種證件。外國旅客出示護照，再加上一種附照片的第二證件，例如本國駕照或身分證。在臺居留者則以居留證搭配第二證件。',
            ],
          },
          {
            title: '在櫃檯選擇方案',
            body: [
              '桃園機場（TPE）及其他國際機場入境大廳的中華電信櫃檯，都有販售固定天數上網的旅客方案，通常附有一些通話金。價格從新臺幣（NT$）數百元起；請依停留天數選擇方案。',
            ],
          },
          {
            title: '由櫃檯人員登記並裝卡',
            body: [
              '櫃檯人員會影印您的證件、以您的名義登記門號，通常也會幫您把 SIM 卡裝進手機。請保留卡套，上面印有您的門號和方案到期日。',
            ],
          },
          {
            title: '離開前先測試',
            body: [
              '關閉 Wi-Fi 後開啟網頁，再撥一通簡短的電話。若無法上網，請確認中華電信門號的行動數據已開啟，且存取點名稱（APN）設為 internet。',
            ],
          },
        ],
        faq: [
          {
            question: '旅客預付卡可以加購天數或儲值嗎？',
            answer: [
              '旅客方案通常為固定天數，但可以到中華電信門市或 7-Eleven 等便利商店儲值通話金或加購延長方案。適用哪些選項，請在櫃檯詢問。',
            ],
          },
          {
            question: '中華電信有賣 eSIM 給旅客嗎？',
            answer: [
              '中華電信及其他臺灣業者都曾推出旅客用的預付 eSIM，但供應情況和登記步驟會變動。出發前請先查看中華電信官網；雙證件規定同樣適用。',
            ],
          },
          {
            question: '方案到期後會怎樣？',
            answer: [
              '方案到期後即無法上網。門號在到期後只會保留一段時間，因此請勿用它來做日後還需要的銀行或 App 驗證。',
            ],
          },
        ],
        body: [
          '中華電信是臺灣規模最大的電信業者，在山區和鄉間的訊號涵蓋最廣；若打算前往太魯閣或阿里山等地，這一點特別重要。',
          '臺灣的預付卡採實名登記，每位申辦人都須出示兩種證件。手續由櫃檯人員處理，不用排隊的話大約十分鐘即可完成。請攜帶：',
          '- 在停留期間內有效的護照\n- 附照片的第二證件，例如駕照或身分證\n- 支付方案費用的現金或信用卡',
        ],
      },
      'zh-Hans': {
        title: '如何在台湾开通中华电信预付卡',
        slug: 'activate-chunghwa-prepaid-sim-taiwan',
        summary:
          '游客可以在机场柜台或中华电信门店购买预付卡。需要护照和第二证件，通常在离开柜台前就能开始使用。',
        steps: [
          {
            title: '准备两种证件',
            body: [
              '在台湾办理预付卡需要出示两种证件。外国游客出示护照，再加一种带照片的第二证件，例如本国驾照或身份证。在台居留者则用居留证加第二证件。',
            ],
          },
          {
            title: '在柜台选择套餐',
            body: [
              '桃园机场（TPE）及其他国际机场到达大厅的中华电信柜台，都出售固定天数上网的游客套餐，通常附带一些通话金额。价格从新台币（NT$）几百元起；请按停留天数选择套餐。',
            ],
          },
          {
            title: '由柜台人员登记并装卡',
            body: [
              '柜台人员会复印您的证件，以您的名义登记号码，通常还会帮您把 SIM 卡装进手机。请保留卡套，上面印有您的号码和套餐到期日。',
            ],
          },
          {
            title: '离开前先测试',
            body: [
              '关闭 Wi-Fi 后打开网页，再拨打一个简短的电话。如果无法上网，请确认中华电信线路的移动数据已开启，并且接入点名称（APN）设为 internet。',
            ],
          },
        ],
        faq: [
          {
            question: '游客预付卡可以续天数或充值吗？',
            answer: [
              '游客套餐通常是固定天数的，但可以在中华电信门店或 7-Eleven 等便利店充值通话金额或购买延长套餐。具体适用哪些选项，请在柜台咨询。',
            ],
          },
          {
            question: '中华电信向游客出售 eSIM 吗？',
            answer: [
              '中华电信和其他台湾运营商都曾推出面向游客的预付 eSIM，但供应情况和登记步骤会变化。出发前请先查看中华电信官网；双证件规定同样适用。',
            ],
          },
          {
            question: '套餐到期后会怎样？',
            answer: [
              '套餐到期后就无法上网。号码在到期后只保留有限的时间，所以不要用它做以后还需要的银行或 App 验证。',
            ],
          },
        ],
        body: [
          '中华电信是台湾最大的电信运营商，在山区和乡村的信号覆盖最广；如果打算去太鲁阁或阿里山等地，这一点尤其重要。',
          '台湾的预付卡实行实名登记，每位购买者都必须出示两种证件。手续由柜台人员办理，不排队的话大约十分钟。请携带：',
          '- 在停留期间有效的护照\n- 带照片的第二证件，例如驾照或身份证\n- 支付套餐费用的现金或银行卡',
        ],
      },
    },
    simKind: 'physical',
    sources: [{ url: 'https://www.cht.com.tw/', note: 'Chunghwa Telecom homepage: prepaid plans' }],
    status: 'published',
    tenant: 'asia',
    topic: 'activate',
  },
  {
    carriers: ['etisalat'],
    country: 'AE',
    lastVerified: '2026-11-10',
    locales: {
      en: {
        title: 'How to cancel an e& (Etisalat) SIM or eSIM in the UAE',
        slug: 'cancel-etisalat-sim-uae',
        summary:
          'To close an e& mobile line, clear any dues and visit an e& store with the Emirates ID or passport the line is registered to. Prepaid lines can also be left to expire, but cancelling removes them from your ID.',
        steps: [
          {
            title: 'Check your balance and dues',
            body: [
              'Dial *121# on the e& line to see a prepaid balance, or check the latest bill in the e& UAE app for a postpaid line. Postpaid contracts may carry an early termination charge if you leave before the commitment period ends.',
            ],
          },
          {
            title: 'Move anything linked to the number',
            body: [
              'Update the number on UAE Pass, with your bank and in any app that sends one-time codes by SMS before you cancel. Once the line is closed, those codes can no longer reach you.',
            ],
          },
          {
            title: 'Visit an e& store',
            body: [
              'Take the Emirates ID, or the passport for a visitor line, of the person the line is registered to. Staff verify the identity and process the cancellation; for an eSIM they also deactivate the profile.',
              'Some postpaid cancellations can be requested in the e& UAE app or by calling 101 from the e& line, but a store visit is the most reliable way to get written confirmation.',
            ],
          },
          {
            title: 'Remove the eSIM from your phone',
            body: [
              "After the cancellation is confirmed, delete the e& eSIM in the phone's SIM settings. A physical SIM can be cut up and thrown away.",
            ],
          },
        ],
        faq: [
          {
            question: 'What happens if I leave the UAE without cancelling?',
            answer: [
              'A prepaid line that is not recharged is suspended and later deactivated. A postpaid line keeps billing every month, and unpaid bills may be passed to collection and cause problems if you return to the UAE, so close postpaid lines before leaving for good.',
            ],
          },
          {
            question: 'Can I keep the number for later instead?',
            answer: [
              'A prepaid line stays active as long as you recharge within its validity period. If you want to keep a number while abroad, recharge it from the e& UAE app rather than cancelling it.',
            ],
          },
        ],
        body: [
          "e&, the brand Etisalat adopted in 2022, is the larger of the UAE's two mobile operators. Lines are registered to an Emirates ID for residents or a passport for visitors, and the registered owner is responsible for the line.",
          'Residents leaving the UAE for good should close postpaid lines before departure. Closing the line yourself, with written confirmation, avoids disputes about charges that appear after you have left.',
        ],
      },
      ur: {
        title: 'متحدہ عرب امارات میں e& (اتصالات) سم یا ای سم بند کرنے کا طریقہ',
        slug: 'cancel-etisalat-sim-uae',
        summary:
          'e& کی موبائل لائن بند کرنے کے لیے تمام واجبات ادا کریں اور اسی ایمریٹس آئی ڈی یا پاسپورٹ کے ساتھ e& اسٹور جائیں جس پر لائن رجسٹر ہے۔ پری پیڈ لائن کو خود ختم ہونے کے لیے چھوڑا بھی جا سکتا ہے، لیکن بند کرانے سے وہ آپ کی شناخت سے ہٹ جاتی ہے۔',
        steps: [
          {
            title: 'بیلنس اور واجبات چیک کریں',
            body: [
              'پری پیڈ بیلنس دیکھنے کے لیے e& لائن سے *121# ملائیں، یا پوسٹ پیڈ لائن کا تازہ بل e& UAE ایپ میں دیکھیں۔ اگر آپ معاہدے کی مدت پوری ہونے سے پہلے پوسٹ پیڈ کنکشن ختم کریں تو قبل از وقت اختتام کا چارج لگ سکتا ہے۔',
            ],
          },
          {
            title: 'نمبر سے منسلک چیزیں منتقل کریں',
            body: [
              'لائن بند کرنے سے پہلے UAE Pass، اپنے بینک اور ہر اس ایپ میں نمبر تبدیل کر لیں جو ایس ایم ایس پر ون ٹائم کوڈ بھیجتی ہے۔ لائن بند ہونے کے بعد یہ کوڈ آپ تک نہیں پہنچ سکیں گے۔',
            ],
          },
          {
            title: 'e& اسٹور جائیں',
            body: [
              'اس شخص کی ایمریٹس آئی ڈی، یا وزیٹر لائن کے لیے پاسپورٹ، ساتھ لے جائیں جس کے نام پر لائن رجسٹر ہے۔ عملہ شناخت کی تصدیق کر کے لائن بند کر دے گا؛ ای سم کی صورت میں پروفائل بھی غیر فعال کر دیا جاتا ہے۔',
              'کچھ پوسٹ پیڈ لائنیں e& UAE ایپ سے یا e& لائن سے 101 پر کال کر کے بھی بند کرائی جا سکتی ہیں، لیکن تحریری تصدیق حاصل کرنے کا سب سے قابل اعتماد طریقہ اسٹور جانا ہے۔',
            ],
          },
          {
            title: 'فون سے ای سم ہٹا دیں',
            body: [
              'بندش کی تصدیق کے بعد فون کی سم سیٹنگز میں جا کر e& ای سم ڈیلیٹ کر دیں۔ عام سم کو کاٹ کر پھینکا جا سکتا ہے۔',
            ],
          },
        ],
        faq: [
          {
            question: 'اگر میں لائن بند کیے بغیر امارات چھوڑ دوں تو کیا ہوگا؟',
            answer: [
              'ریچارج نہ ہونے والی پری پیڈ لائن پہلے معطل اور پھر غیر فعال ہو جاتی ہے۔ پوسٹ پیڈ لائن کا بل ہر ماہ بنتا رہتا ہے، اور غیر ادا شدہ بل وصولی کے لیے بھیجے جا سکتے ہیں جو امارات واپسی پر مسائل پیدا کر سکتے ہیں۔ اس لیے مستقل طور پر جانے سے پہلے پوسٹ پیڈ لائن بند کرا دیں۔',
            ],
          },
          {
            question: 'کیا میں بند کرنے کے بجائے نمبر بعد کے لیے رکھ سکتا ہوں؟',
            answer: [
              'پری پیڈ لائن اس وقت تک فعال رہتی ہے جب تک آپ اس کی میعاد کے اندر ریچارج کرتے رہیں۔ اگر بیرون ملک رہتے ہوئے نمبر رکھنا چاہتے ہیں تو لائن بند کرنے کے بجائے e& UAE ایپ سے ریچارج کریں۔',
            ],
          },
        ],
        body: [
          'e&، جو 2022 میں اتصالات کا نیا برانڈ بنا، متحدہ عرب امارات کے دو موبائل آپریٹرز میں بڑا ہے۔ رہائشیوں کی لائنیں ایمریٹس آئی ڈی پر اور وزیٹرز کی پاسپورٹ پر رجسٹر ہوتی ہیں، اور لائن کی ذمہ داری رجسٹرڈ مالک پر ہوتی ہے۔',
          'امارات کو مستقل طور پر چھوڑنے والے رہائشیوں کو روانگی سے پہلے پوسٹ پیڈ لائنیں بند کرا دینی چاہییں۔ خود لائن بند کرانے اور تحریری تصدیق لینے سے آپ کے جانے کے بعد آنے والے چارجز پر تنازع سے بچا جا سکتا ہے۔',
        ],
      },
      'zh-Hans': {
        title: '如何注销阿联酋 e&（Etisalat）SIM 卡或 eSIM',
        slug: 'cancel-etisalat-sim-uae',
        summary:
          '要注销 e& 手机线路，请先结清所有费用，再携带该线路登记所用的阿联酋身份证或护照前往 e& 门店。预付费线路也可以任其过期，但主动注销才能把它从您的证件名下移除。',
        steps: [
          {
            title: '查询余额和欠费',
            body: [
              '预付费线路可用 e& 号码拨打 *121# 查询余额；后付费线路请在 e& UAE App 中查看最新账单。后付费合约如果在承诺期结束前解约，可能需要支付提前解约费。',
            ],
          },
          {
            title: '转移与号码绑定的服务',
            body: [
              '注销前，请先在 UAE Pass、银行以及所有通过短信发送一次性验证码的 App 中更换号码。线路注销后，这些验证码就无法再发送给您。',
            ],
          },
          {
            title: '前往 e& 门店',
            body: [
              '携带线路登记人的阿联酋身份证（访客线路则携带护照）。工作人员核实身份后办理注销；如果是 eSIM，还会停用其配置文件。',
              '部分后付费线路也可以在 e& UAE App 中申请注销，或用 e& 号码拨打 101 办理，但要拿到书面确认，最可靠的方式还是去门店。',
            ],
          },
          {
            title: '从手机中删除 eSIM',
            body: ['确认注销后，在手机的 SIM 卡设置中删除 e& eSIM。实体 SIM 卡可以剪碎后丢弃。'],
          },
        ],
        faq: [
          {
            question: '如果不注销就离开阿联酋，会怎样？',
            answer: [
              '不充值的预付费线路会先被暂停，之后被停用。后付费线路则每月继续计费，未付账单可能被转交催收，日后再入境阿联酋时可能带来麻烦。因此永久离开前，请先注销后付费线路。',
            ],
          },
          {
            question: '可以不注销，把号码留着以后用吗？',
            answer: [
              '只要在有效期内充值，预付费线路就会一直保持有效。如果想在国外期间保留号码，请通过 e& UAE App 充值，而不是注销。',
            ],
          },
        ],
        body: [
          'e& 是 Etisalat 于 2022 年启用的品牌，是阿联酋两家移动运营商中规模较大的一家。居民的线路登记在阿联酋身份证名下，访客的线路登记在护照名下，由登记人对线路负责。',
          '永久离开阿联酋的居民应在出发前注销后付费线路。亲自办理注销并取得书面确认，可以避免离境后出现费用纠纷。',
        ],
      },
    },
    simKind: 'both',
    sources: [
      { url: 'https://www.etisalat.ae/', note: 'e& UAE homepage: store finder and support' },
    ],
    status: 'draft',
    tenant: 'asia',
    topic: 'cancel',
  },
  {
    carriers: ['t-mobile-us'],
    country: 'US',
    lastVerified: '2026-07-29',
    locales: {
      en: {
        title: 'How to cancel a T-Mobile eSIM line in the US',
        slug: 'cancel-t-mobile-esim-us',
        summary:
          'Prepaid T-Mobile lines end on their own when you stop paying, but postpaid lines must be cancelled by phone or in a store. If you want to keep the number, port it out instead of cancelling.',
        steps: [
          {
            title: 'Decide whether to keep the number',
            body: [
              'If you are moving the number to another carrier, do not cancel. Get your account number from the T-Mobile app and a Number Transfer PIN by dialing #PORT (#7678), then start the transfer with the new carrier. The T-Mobile line closes automatically when the port completes.',
            ],
          },
          {
            title: 'Prepaid: stop AutoPay',
            body: [
              'Turn off AutoPay in the T-Mobile app or on the website. Without a payment, the plan ends with the current billing period and the line is later deactivated. Unused balance is generally not refunded.',
            ],
          },
          {
            title: 'Postpaid: call or visit a store',
            body: [
              'Dial 611 from the T-Mobile phone or call 1-800-937-8997 and ask to cancel the line, with the account PIN ready. If a phone on the account is being paid off in installments, the remaining device balance becomes due.',
            ],
          },
          {
            title: 'Delete the eSIM',
            body: [
              'Once T-Mobile confirms the cancellation, remove the eSIM from the phone: on iPhone under Settings > Cellular, on Android under Settings > SIMs. Keep the confirmation number until the final bill arrives.',
            ],
          },
        ],
        faq: [
          {
            question: 'Is there a cancellation fee?',
            answer: [
              'Most current T-Mobile plans have no fixed-term contract, but device installments and promotional credits that depend on keeping the line can leave money owed. Ask for the final amount before you confirm.',
            ],
          },
          {
            question: 'I bought a T-Mobile prepaid eSIM for a trip. Do I need to do anything?',
            answer: [
              'No call is needed. Turn off AutoPay if you set it up and the line expires at the end of the paid period. You can then delete the eSIM profile.',
            ],
          },
          {
            question: 'Can I cancel from outside the US?',
            answer: [
              'Yes, through the chat in the T-Mobile app or by phone. Toll-free 1-800 numbers may not work from abroad; T-Mobile lists an international support number on its website.',
            ],
          },
        ],
        body: [
          'T-Mobile sells postpaid plans billed monthly and prepaid plans paid in advance, and the way to cancel depends on which one you have. eSIM lines are cancelled exactly like physical SIM lines; the only extra step is deleting the profile from your phone.',
          'The most common mistake is cancelling a line you wanted to keep. A cancelled number may be impossible to recover, while porting keeps the number and closes the old account automatically. Before you call, have ready:',
          "- The account holder's name and account PIN\n- The number or numbers to cancel\n- Whether any device on the account is still being paid off",
        ],
      },
      es: {
        title: 'Cómo cancelar una línea eSIM de T-Mobile en Estados Unidos',
        slug: 'cancelar-esim-t-mobile-estados-unidos',
        summary:
          'Las líneas prepago de T-Mobile terminan solas cuando dejas de pagar, pero las líneas pospago deben cancelarse por teléfono o en una tienda. Si quieres conservar el número, haz la portabilidad en lugar de cancelar.',
        steps: [
          {
            title: 'Decide si quieres conservar el número',
            body: [
              'Si vas a llevar el número a otra compañía, no canceles. Consigue tu número de cuenta en la app de T-Mobile y un PIN de transferencia de número marcando #PORT (#7678); después inicia la portabilidad con la nueva compañía. La línea de T-Mobile se cierra automáticamente cuando se completa.',
            ],
          },
          {
            title: 'Prepago: desactiva el pago automático',
            body: [
              'Desactiva AutoPay en la app o en el sitio web de T-Mobile. Sin pago, el plan termina con el periodo de facturación actual y la línea se desactiva más adelante. Por lo general, el saldo no usado no se reembolsa.',
            ],
          },
          {
            title: 'Pospago: llama o ve a una tienda',
            body: [
              'Marca 611 desde el teléfono de T-Mobile o llama al 1-800-937-8997 y pide cancelar la línea; ten a mano el PIN de la cuenta. Si estás pagando un teléfono de la cuenta a plazos, el saldo pendiente del equipo pasa a ser exigible.',
            ],
          },
          {
            title: 'Elimina la eSIM',
            body: [
              'Cuando T-Mobile confirme la cancelación, borra la eSIM del teléfono: en iPhone, en Ajustes > Datos celulares; en Android, en Ajustes > SIM. Guarda el número de confirmación hasta que llegue la última factura.',
            ],
          },
        ],
        faq: [
          {
            question: '¿Hay un cargo por cancelación?',
            answer: [
              'La mayoría de los planes actuales de T-Mobile no tienen contrato de permanencia, pero los pagos a plazos de equipos y los créditos promocionales que dependen de mantener la línea pueden dejar una deuda. Pregunta el importe final antes de confirmar.',
            ],
          },
          {
            question: 'Compré una eSIM prepago de T-Mobile para un viaje. ¿Tengo que hacer algo?',
            answer: [
              'No hace falta llamar. Desactiva AutoPay si lo activaste y la línea vencerá al final del periodo pagado. Después puedes borrar el perfil eSIM.',
            ],
          },
          {
            question: '¿Puedo cancelar desde fuera de Estados Unidos?',
            answer: [
              'Sí, por el chat de la app de T-Mobile o por teléfono. Los números gratuitos 1-800 pueden no funcionar desde el extranjero; T-Mobile publica un número de atención internacional en su sitio web.',
            ],
          },
        ],
        body: [
          'T-Mobile vende planes pospago con factura mensual y planes prepago que se pagan por adelantado, y la forma de cancelar depende de cuál tengas. Las líneas eSIM se cancelan igual que las de SIM física; el único paso adicional es borrar el perfil del teléfono.',
          'El error más común es cancelar una línea que querías conservar. Un número cancelado puede ser imposible de recuperar, mientras que la portabilidad conserva el número y cierra la cuenta anterior automáticamente. Antes de llamar, ten a mano:',
          '- El nombre del titular y el PIN de la cuenta\n- El número o los números que quieres cancelar\n- Si algún equipo de la cuenta todavía se está pagando a plazos',
        ],
      },
      'zh-Hans': {
        title: '如何注销美国 T-Mobile eSIM 线路',
        slug: 'cancel-t-mobile-esim-us',
        summary:
          'T-Mobile 预付费线路停止付款后会自动终止，但后付费线路必须通过电话或到门店注销。如果想保留号码，请办理携号转网，而不是注销。',
        steps: [
          {
            title: '先决定是否保留号码',
            body: [
              '如果要把号码转到其他运营商，请不要注销。在 T-Mobile App 中查到账户号码，拨打 #PORT（#7678）获取号码转移 PIN，然后在新运营商处发起转网。转网完成后，T-Mobile 线路会自动关闭。',
            ],
          },
          {
            title: '预付费：关闭自动付款',
            body: [
              '在 T-Mobile App 或官网上关闭 AutoPay。不再付款后，套餐会在当前计费周期结束时终止，线路随后被停用。未用完的余额一般不予退还。',
            ],
          },
          {
            title: '后付费：致电或前往门店',
            body: [
              '用 T-Mobile 手机拨打 611，或拨打 1-800-937-8997，说明要注销线路，并准备好账户 PIN。如果账户上有分期付款的手机，剩余的设备款项将需要一次付清。',
            ],
          },
          {
            title: '删除 eSIM',
            body: [
              'T-Mobile 确认注销后，从手机中删除 eSIM：iPhone 在 设置 > 蜂窝网络，Android 在 设置 > SIM 卡。请保留确认编号，直到收到最后一张账单。',
            ],
          },
        ],
        faq: [
          {
            question: '注销需要付违约金吗？',
            answer: [
              'T-Mobile 现行的大多数套餐没有固定期限合约，但设备分期款以及以保留线路为条件的促销抵扣，可能会留下欠款。确认注销前，请先问清最终金额。',
            ],
          },
          {
            question: '我为旅行买了 T-Mobile 预付费 eSIM，需要做什么吗？',
            answer: [
              '不需要打电话。如果开通了 AutoPay，把它关闭即可，线路会在已付费周期结束时到期。之后可以删除 eSIM 配置文件。',
            ],
          },
          {
            question: '可以在美国境外注销吗？',
            answer: [
              '可以，通过 T-Mobile App 中的在线客服或电话办理。1-800 免费号码在国外可能无法拨通；T-Mobile 官网上列有国际客服电话。',
            ],
          },
        ],
        body: [
          'T-Mobile 既有按月出账的后付费套餐，也有提前付款的预付费套餐，注销方式取决于您使用的是哪一种。eSIM 线路的注销方式与实体 SIM 卡完全相同，唯一多出的一步是从手机中删除配置文件。',
          '最常见的错误是注销了本想保留的线路。号码一旦注销可能无法找回，而携号转网既能保留号码，又会自动关闭旧账户。致电前请准备好：',
          '- 账户持有人姓名和账户 PIN\n- 要注销的一个或多个号码\n- 账户上是否还有分期未付清的设备',
        ],
      },
    },
    simKind: 'esim',
    sources: [
      { url: 'https://www.t-mobile.com/', note: 'T-Mobile homepage: support and account help' },
    ],
    status: 'published',
    tenant: 'americas',
    topic: 'cancel',
  },
  {
    carriers: ['telcel'],
    country: 'MX',
    lastVerified: '2026-06-12',
    locales: {
      en: {
        title: 'How to top up a Telcel SIM or eSIM in Mexico',
        slug: 'top-up-telcel-mexico',
        summary:
          'Telcel prepaid (Amigo) lines are topped up at convenience stores such as OXXO, in the Mi Telcel app or on the Telcel website. Most travellers choose an Amigo Sin Límite package, which bundles calls, social media and data for a set number of days.',
        steps: [
          {
            title: 'Check your balance and package',
            body: [
              'Dial *133# from the Telcel line to see your balance and any active package with its expiry date.',
            ],
          },
          {
            title: 'Top up in a store',
            body: [
              'At OXXO, 7-Eleven, many pharmacies and corner shops (tienditas), ask for “una recarga Telcel”, give your 10-digit number and pay. Amounts usually range from MXN $20 to MXN $500. Check the number on the receipt before you leave.',
            ],
          },
          {
            title: 'Or top up online',
            body: [
              'In the Mi Telcel app or at telcel.com, choose Recargas, enter the number and pay by card. Some foreign cards are declined; a cash top-up in a store always works.',
            ],
          },
          {
            title: 'Pick the right package',
            body: [
              'A plain top-up only adds balance. An Amigo Sin Límite or Internet Amigo package turns it into days of unlimited calls plus a data allowance. In a store you can ask for the package directly, for example “Sin Límite de 200”.',
            ],
          },
        ],
        faq: [
          {
            question: 'How long does a top-up last?',
            answer: [
              'Each top-up and package has its own validity in days, and unused data is lost when it expires. Dial *133# to see the date.',
            ],
          },
          {
            question: 'Does a Telcel eSIM top up the same way?',
            answer: [
              'Yes. The balance belongs to the number, so eSIM and physical SIM lines are topped up in exactly the same way.',
            ],
          },
          {
            question: 'Who do I call if the top-up does not arrive?',
            answer: [
              'Dial *264 from the Telcel line to reach customer service, and keep the store receipt at hand.',
            ],
          },
        ],
        body: [
          "Telcel is Mexico's largest carrier and has the widest coverage outside the cities. Its prepaid service is called Amigo: there is no monthly bill, and the line stays active as long as you top up from time to time.",
          "Mexico has introduced rules that link every mobile line to its owner's identity: the CURP for Mexican citizens and residents, a passport for foreigners. If you keep a Telcel number for a long stay, ask Telcel whether your line needs to be linked to avoid suspension.",
          'Prices in this guide are in Mexican pesos (MXN). Package names and amounts change often; the Telcel website lists the current ones.',
        ],
      },
      es: {
        title: 'Cómo recargar una SIM o eSIM de Telcel en México',
        slug: 'recargar-telcel-mexico',
        summary:
          'Las líneas prepago de Telcel (Amigo) se recargan en tiendas de conveniencia como OXXO, en la app Mi Telcel o en el sitio web de Telcel. La mayoría de los viajeros eligen un paquete Amigo Sin Límite, que incluye llamadas, redes sociales y datos durante un número fijo de días.',
        steps: [
          {
            title: 'Consulta tu saldo y tu paquete',
            body: [
              'Marca *133# desde la línea Telcel para ver tu saldo y el paquete activo con su fecha de vencimiento.',
            ],
          },
          {
            title: 'Recarga en una tienda',
            body: [
              'En OXXO, 7-Eleven, muchas farmacias y tienditas, pide “una recarga Telcel”, da tu número de 10 dígitos y paga. Los montos suelen ir de MXN $20 a MXN $500. Revisa el número en el ticket antes de irte.',
            ],
          },
          {
            title: 'O recarga en línea',
            body: [
              'En la app Mi Telcel o en telcel.com, elige Recargas, escribe el número y paga con tarjeta. Algunas tarjetas extranjeras son rechazadas; una recarga en efectivo en tienda siempre funciona.',
            ],
          },
          {
            title: 'Elige el paquete adecuado',
            body: [
              'Una recarga simple solo agrega saldo. Un paquete Amigo Sin Límite o Internet Amigo lo convierte en días de llamadas ilimitadas más una cantidad de datos. En la tienda puedes pedir el paquete directamente, por ejemplo “Sin Límite de 200”.',
            ],
          },
        ],
        faq: [
          {
            question: '¿Cuánto dura una recarga?',
            answer: [
              'Cada recarga y cada paquete tienen su propia vigencia en días, y los datos no usados se pierden al vencer. Marca *133# para ver la fecha.',
            ],
          },
          {
            question: '¿Una eSIM de Telcel se recarga igual?',
            answer: [
              'Sí. El saldo pertenece al número, así que las líneas con eSIM y con SIM física se recargan exactamente igual.',
            ],
          },
          {
            question: '¿A quién llamo si la recarga no llega?',
            answer: [
              'Marca *264 desde la línea Telcel para hablar con atención a clientes y ten a mano el ticket de la tienda.',
            ],
          },
        ],
        body: [
          'Telcel es la compañía más grande de México y la que tiene mayor cobertura fuera de las ciudades. Su servicio prepago se llama Amigo: no hay factura mensual y la línea sigue activa mientras recargues de vez en cuando.',
          'México ha introducido reglas que vinculan cada línea móvil con la identidad de su titular: la CURP para ciudadanos y residentes mexicanos, el pasaporte para extranjeros. Si conservas un número Telcel durante una estancia larga, pregunta a Telcel si tu línea debe vincularse para evitar la suspensión.',
          'Los precios de esta guía están en pesos mexicanos (MXN). Los nombres y montos de los paquetes cambian con frecuencia; el sitio web de Telcel muestra los vigentes.',
        ],
      },
      'zh-Hant': {
        title: '如何為墨西哥 Telcel SIM 卡或 eSIM 儲值',
        slug: 'top-up-telcel-mexico',
        summary:
          'Telcel 預付卡（Amigo）門號可在 OXXO 等便利商店、Mi Telcel App 或 Telcel 官網儲值。大多數旅客會選擇 Amigo Sin Límite 方案，在固定天數內包含通話、社群媒體和行動數據。',
        steps: [
          {
            title: '查詢餘額與方案',
            body: ['用 Telcel 門號撥打 *133#，即可查看餘額、目前生效的方案及其到期日。'],
          },
          {
            title: '到店家儲值',
            body: [
              '在 OXXO、7-Eleven、許多藥局和街角小店（tienditas），說「una recarga Telcel」，告知 10 碼門號並付款。金額通常從 MXN $20 到 MXN $500。離開前請核對收據上的門號。',
            ],
          },
          {
            title: '或線上儲值',
            body: [
              '在 Mi Telcel App 或 telcel.com 選擇 Recargas，輸入門號後以信用卡付款。部分外國信用卡會被拒絕；到店以現金儲值一定可行。',
            ],
          },
          {
            title: '選擇合適的方案',
            body: [
              '單純儲值只會增加餘額。Amigo Sin Límite 或 Internet Amigo 方案則會把餘額換成一定天數的無限通話加上數據用量。在店裡可以直接指定方案，例如「Sin Límite de 200」。',
            ],
          },
        ],
        faq: [
          {
            question: '儲值的金額可以用多久？',
            answer: [
              '每筆儲值和每個方案都有各自的有效天數，到期後未用完的數據會作廢。撥打 *133# 可查看到期日。',
            ],
          },
          {
            question: 'Telcel eSIM 的儲值方式一樣嗎？',
            answer: ['一樣。餘額屬於門號本身，所以 eSIM 與實體 SIM 卡的儲值方式完全相同。'],
          },
          {
            question: '儲值沒入帳時該打給誰？',
            answer: ['用 Telcel 門號撥打 *264 聯絡客服，並準備好店家收據。'],
          },
        ],
        body: [
          'Telcel 是墨西哥規模最大的電信業者，在城市以外的地區訊號涵蓋最廣。其預付服務名為 Amigo：沒有月租帳單，只要不時儲值，門號就會持續有效。',
          '墨西哥已推出新規定，要求每個行動門號都與持有人的身分連結：墨西哥公民與居民使用 CURP，外國人則使用護照。若您打算長期使用 Telcel 門號，請向 Telcel 確認門號是否需要完成連結，以免遭到停話。',
          '本文價格以墨西哥披索（MXN）計。方案名稱與金額經常變動，最新資訊請以 Telcel 官網為準。',
        ],
      },
    },
    simKind: 'both',
    sources: [
      { url: 'https://www.telcel.com/', note: 'Telcel homepage: Amigo top-ups and packages' },
    ],
    status: 'published',
    tenant: 'americas',
    topic: 'top-up',
  },
  {
    carriers: ['claro-peru', 'movistar-peru', 'entel-peru', 'bitel'],
    country: 'PE',
    lastVerified: '2026-10-20',
    locales: {
      en: {
        title: 'How to activate a prepaid SIM in Peru as a visitor',
        slug: 'activate-prepaid-sim-peru',
        summary:
          'Claro, Movistar, Entel and Bitel all sell prepaid SIMs (chips) to foreigners with a passport at their own stores. The line is registered to your passport on the spot and usually works within minutes.',
        steps: [
          {
            title: 'Go to an official store',
            body: [
              'Buy the chip at a carrier store (tienda) or an authorised dealer, for example in a shopping centre, not from a street seller. Lines registered to a passport need the document to be checked at an official point of sale.',
            ],
          },
          {
            title: 'Show your passport and pick a plan',
            body: [
              'The chip itself is cheap, around S/ 5 to S/ 10 at the time of checking, and you add a prepaid package for data, such as a 30-day plan. Staff register the line to your passport number.',
            ],
          },
          {
            title: 'Insert the chip and restart',
            body: [
              'Put the SIM in an unlocked phone and restart it. The network name should appear within a minute. If data does not work, check that mobile data is on for the new line and ask staff to confirm the APN.',
            ],
          },
          {
            title: "Register your phone's IMEI if asked",
            body: [
              'Peru blocks phones that are not on its IMEI registry. If you get an SMS saying your phone must be registered, go back to a store with your passport; dial *#06# to show the IMEI.',
            ],
          },
        ],
        faq: [
          {
            question: 'Which carrier is best for travel?',
            answer: [
              'Claro and Movistar have the widest coverage in the Andes and the Amazon, Entel is strong in cities and Bitel is often the cheapest. If you are heading somewhere remote, ask locals which network works there.',
            ],
          },
          {
            question: 'How can I see which lines are registered to my passport?',
            answer: [
              'OSIPTEL, the telecoms regulator, runs a free service called Checa tus líneas at checatuslineas.osiptel.gob.pe. Choose your document type and enter its number to see the lines.',
            ],
          },
        ],
        body: [
          "Peru requires every prepaid line to be registered to an identity document. Peruvians register with their DNI and a fingerprint; foreigners use a passport or a foreigner's card (carné de extranjería), and there is a limit on how many lines one foreigner may hold.",
          'Prices are in soles (S/). Packages change often, so compare the current offers at the counter rather than relying on prices found online.',
        ],
      },
      es: {
        title: 'Cómo activar un chip prepago en Perú si eres turista',
        slug: 'activar-chip-prepago-peru',
        summary:
          'Claro, Movistar, Entel y Bitel venden chips prepago a extranjeros con pasaporte en sus propias tiendas. La línea se registra a tu pasaporte en el momento y suele funcionar en pocos minutos.',
        steps: [
          {
            title: 'Ve a una tienda oficial',
            body: [
              'Compra el chip en una tienda del operador o en un distribuidor autorizado, por ejemplo en un centro comercial, y no a un vendedor ambulante. Las líneas registradas con pasaporte requieren que el documento se verifique en un punto de venta oficial.',
            ],
          },
          {
            title: 'Muestra tu pasaporte y elige un plan',
            body: [
              'El chip en sí es barato, entre S/ 5 y S/ 10 cuando lo verificamos, y le agregas un paquete prepago de datos, como un plan de 30 días. El personal registra la línea con tu número de pasaporte.',
            ],
          },
          {
            title: 'Coloca el chip y reinicia',
            body: [
              'Pon el chip en un teléfono liberado y reinícialo. El nombre de la red debería aparecer en menos de un minuto. Si los datos no funcionan, revisa que los datos móviles estén activados para la nueva línea y pide al personal que confirme el APN.',
            ],
          },
          {
            title: 'Registra el IMEI de tu teléfono si te lo piden',
            body: [
              'Perú bloquea los teléfonos que no figuran en su registro de IMEI. Si recibes un SMS que dice que tu teléfono debe registrarse, vuelve a una tienda con tu pasaporte; marca *#06# para ver el IMEI.',
            ],
          },
        ],
        faq: [
          {
            question: '¿Qué operador conviene para viajar?',
            answer: [
              'Claro y Movistar tienen la mayor cobertura en los Andes y la Amazonía, Entel es fuerte en las ciudades y Bitel suele ser el más barato. Si vas a una zona remota, pregunta a la gente del lugar qué red funciona allí.',
            ],
          },
          {
            question: '¿Cómo veo qué líneas están registradas con mi pasaporte?',
            answer: [
              'OSIPTEL, el regulador de telecomunicaciones, ofrece el servicio gratuito Checa tus líneas en checatuslineas.osiptel.gob.pe. Elige el tipo de documento e ingresa su número para ver las líneas.',
            ],
          },
        ],
        body: [
          'En Perú, cada línea prepago debe estar registrada a un documento de identidad. Los peruanos se registran con su DNI y su huella digital; los extranjeros usan el pasaporte o el carné de extranjería, y hay un límite de líneas que puede tener un extranjero.',
          'Los precios están en soles (S/). Los paquetes cambian a menudo, así que compara las ofertas vigentes en el mostrador en lugar de fiarte de precios vistos en internet.',
        ],
      },
      'zh-Hans': {
        title: '游客如何在秘鲁开通预付费 SIM 卡',
        slug: 'activate-prepaid-sim-peru',
        summary:
          'Claro、Movistar、Entel 和 Bitel 都在自营门店凭护照向外国人出售预付费 SIM 卡（chip）。线路当场登记在您的护照名下，通常几分钟内即可使用。',
        steps: [
          {
            title: '前往官方门店',
            body: [
              '请在运营商门店（tienda）或授权经销商处购买 SIM 卡，例如购物中心里的门店，不要向街头小贩购买。凭护照登记的线路需要在官方销售点核验证件。',
            ],
          },
          {
            title: '出示护照并选择套餐',
            body: [
              'SIM 卡本身很便宜，核实时约为 S/ 5 至 S/ 10，再加购一个预付费流量套餐，例如 30 天套餐。工作人员会用您的护照号码登记线路。',
            ],
          },
          {
            title: '插卡并重启',
            body: [
              '把 SIM 卡插入无锁手机并重启。一分钟内应显示网络名称。如果无法上网，请确认新线路的移动数据已开启，并请工作人员确认 APN 设置。',
            ],
          },
          {
            title: '如有要求，登记手机 IMEI',
            body: [
              '秘鲁会封锁未列入 IMEI 登记系统的手机。如果收到短信要求登记手机，请携带护照再去一次门店；拨打 *#06# 可以显示 IMEI。',
            ],
          },
        ],
        faq: [
          {
            question: '旅行用哪家运营商最好？',
            answer: [
              'Claro 和 Movistar 在安第斯山区和亚马孙地区覆盖最广，Entel 在城市表现好，Bitel 通常最便宜。如果要去偏远地区，可以问问当地人哪家网络能用。',
            ],
          },
          {
            question: '怎样查看有哪些线路登记在我的护照名下？',
            answer: [
              '电信监管机构 OSIPTEL 提供免费的 Checa tus líneas 服务，网址为 checatuslineas.osiptel.gob.pe。选择证件类型并输入证件号码，即可查看线路。',
            ],
          },
        ],
        body: [
          '秘鲁要求每条预付费线路都登记在身份证件名下。秘鲁人用 DNI 身份证和指纹登记；外国人使用护照或外国人居留卡（carné de extranjería），每位外国人可持有的线路数量有上限。',
          '价格以索尔（S/）计。套餐经常变化，请在柜台比较当前的优惠，不要只依赖网上查到的价格。',
        ],
      },
    },
    simKind: 'physical',
    sources: [
      { url: 'https://www.claro.com.pe/', note: 'Claro Perú homepage: prepaid chips' },
      { url: 'https://www.movistar.com.pe/', note: 'Movistar Perú homepage: prepaid plans' },
    ],
    status: 'published',
    tenant: 'americas',
    topic: 'activate',
  },
  {
    carriers: ['t-mobile-us', 'att', 'verizon'],
    country: 'US',
    lastVerified: '2026-09-30',
    locales: {
      en: {
        title: 'Choosing a prepaid eSIM data plan for a trip to the US',
        slug: 'us-prepaid-esim-data-plans',
        summary:
          'Visitors to the US can get a prepaid eSIM from T-Mobile, AT&T or Verizon, or from a reseller that uses their networks. Compare coverage, data allowance and whether you need a US phone number.',
        steps: [
          {
            title: 'Check your phone',
            body: [
              'The phone must be unlocked and support eSIM: dial *#06# and look for an EID. US networks run only 4G LTE and 5G, so also check that your phone supports the main US LTE bands, such as 2, 4/66 and 12 or 13.',
            ],
          },
          {
            title: 'Choose a carrier plan or a travel eSIM',
            body: [
              '- Carrier prepaid plan: includes a US number for calls and SMS; at the time of checking, roughly US$25 to US$60 a month\n- Travel eSIM from a reseller: data only, sold by the gigabyte or by the day, with no US number\n- Your home roaming plan: the simplest, but often the most expensive per GB',
            ],
          },
          {
            title: 'Compare coverage',
            body: [
              "In cities all three networks are fast. In national parks and on rural highways coverage varies a lot: Verizon and AT&T are often stronger in remote areas, T-Mobile in many cities and along major roads. Check each carrier's coverage map for the places you will visit.",
            ],
          },
          {
            title: 'Buy and install before you fly',
            body: [
              "Buy the eSIM online or in the carrier's app and install it at home over Wi-Fi. Leave the new line switched off until you land, then set it as the line for mobile data.",
            ],
          },
        ],
        faq: [
          {
            question: 'Do I need a US phone number?',
            answer: [
              'Only if you need SMS codes from US services, want to call restaurants or drivers, or must give a local number to others. Otherwise a data-only travel eSIM and messaging apps are enough.',
            ],
          },
          {
            question: 'Will a US prepaid plan work in Canada or Mexico?',
            answer: [
              'Some US prepaid plans include limited roaming in Canada and Mexico. Check the plan details; travel eSIMs usually sell a separate North America option.',
            ],
          },
          {
            question: 'Can I keep my home SIM active too?',
            answer: [
              'Yes, if your phone supports dual SIM. Keep the home line on for calls and SMS, but turn off data roaming on it so you are not charged.',
            ],
          },
        ],
        body: [
          'The US has three national networks: T-Mobile, AT&T and Verizon. Many cheaper brands, such as Mint Mobile, Cricket and Visible, resell service on those networks, and a travel eSIM bought online also runs on one of them.',
          "Prices in this guide are in US dollars and exclude sales tax and regulatory fees, which vary by state. Plans change often, so confirm the current offer on the carrier's website.",
        ],
      },
      es: {
        title: 'Cómo elegir un plan de datos eSIM prepago para viajar a Estados Unidos',
        slug: 'planes-datos-esim-prepago-estados-unidos',
        summary:
          'Quienes visitan Estados Unidos pueden conseguir una eSIM prepago de T-Mobile, AT&T o Verizon, o de un revendedor que usa sus redes. Compara cobertura, cantidad de datos y si necesitas un número estadounidense.',
        steps: [
          {
            title: 'Revisa tu teléfono',
            body: [
              'El teléfono debe estar liberado y ser compatible con eSIM: marca *#06# y busca un EID. Las redes de Estados Unidos solo funcionan con 4G LTE y 5G, así que revisa también que tu teléfono admita las principales bandas LTE del país, como la 2, la 4/66 y la 12 o 13.',
            ],
          },
          {
            title: 'Elige entre un plan de operador y una eSIM de viaje',
            body: [
              '- Plan prepago de operador: incluye un número estadounidense para llamadas y SMS; cuando lo verificamos, entre US$25 y US$60 al mes aproximadamente\n- eSIM de viaje de un revendedor: solo datos, por gigabytes o por días, sin número estadounidense\n- El roaming de tu operador: lo más sencillo, pero a menudo lo más caro por GB',
            ],
          },
          {
            title: 'Compara la cobertura',
            body: [
              'En las ciudades las tres redes son rápidas. En parques nacionales y carreteras rurales la cobertura varía mucho: Verizon y AT&T suelen ser más fuertes en zonas remotas, y T-Mobile en muchas ciudades y a lo largo de las carreteras principales. Consulta el mapa de cobertura de cada operador para los lugares que vas a visitar.',
            ],
          },
          {
            title: 'Compra e instala antes de volar',
            body: [
              'Compra la eSIM en línea o en la app del operador e instálala en casa con Wi-Fi. Deja la nueva línea desactivada hasta que aterrices y luego selecciónala para los datos móviles.',
            ],
          },
        ],
        faq: [
          {
            question: '¿Necesito un número estadounidense?',
            answer: [
              'Solo si necesitas recibir códigos por SMS de servicios de Estados Unidos, quieres llamar a restaurantes o conductores, o debes dar un número local a otras personas. Si no, basta con una eSIM de viaje solo de datos y apps de mensajería.',
            ],
          },
          {
            question: '¿Un plan prepago de Estados Unidos funciona en Canadá o México?',
            answer: [
              'Algunos planes prepago de Estados Unidos incluyen roaming limitado en Canadá y México. Revisa los detalles del plan; las eSIM de viaje suelen vender una opción aparte para Norteamérica.',
            ],
          },
          {
            question: '¿Puedo mantener activa también la SIM de mi país?',
            answer: [
              'Sí, si tu teléfono admite doble SIM. Deja activa la línea de tu país para llamadas y SMS, pero desactiva su roaming de datos para que no te cobren.',
            ],
          },
        ],
        body: [
          'Estados Unidos tiene tres redes nacionales: T-Mobile, AT&T y Verizon. Muchas marcas más baratas, como Mint Mobile, Cricket y Visible, revenden servicio en esas redes, y una eSIM de viaje comprada en línea también funciona sobre una de ellas.',
          'Los precios de esta guía están en dólares estadounidenses y no incluyen el impuesto sobre las ventas ni los cargos regulatorios, que varían según el estado. Los planes cambian a menudo, así que confirma la oferta vigente en el sitio web del operador.',
        ],
      },
      ur: {
        title: 'امریکہ کے سفر کے لیے پری پیڈ ای سم ڈیٹا پلان کا انتخاب',
        slug: 'us-prepaid-esim-data-plans',
        summary:
          'امریکہ آنے والے T-Mobile، AT&T یا Verizon سے، یا ان کے نیٹ ورک استعمال کرنے والے کسی ری سیلر سے پری پیڈ ای سم لے سکتے ہیں۔ کوریج، ڈیٹا کی مقدار اور یہ دیکھیں کہ آپ کو امریکی فون نمبر کی ضرورت ہے یا نہیں۔',
        steps: [
          {
            title: 'اپنا فون چیک کریں',
            body: [
              'فون ان لاک ہونا چاہیے اور ای سم سپورٹ کرتا ہو: *#06# ملائیں اور EID تلاش کریں۔ امریکی نیٹ ورک صرف 4G LTE اور 5G پر چلتے ہیں، اس لیے یہ بھی دیکھ لیں کہ آپ کا فون امریکہ کے اہم LTE بینڈ، مثلاً 2، 4/66 اور 12 یا 13، سپورٹ کرتا ہے۔',
            ],
          },
          {
            title: 'کمپنی کا پلان یا ٹریول ای سم منتخب کریں',
            body: [
              '- کمپنی کا پری پیڈ پلان: کالز اور ایس ایم ایس کے لیے امریکی نمبر شامل ہوتا ہے؛ جانچ کے وقت تقریباً US$25 سے US$60 ماہانہ\n- ری سیلر کی ٹریول ای سم: صرف ڈیٹا، گیگا بائٹ یا دنوں کے حساب سے، امریکی نمبر کے بغیر\n- اپنے ملک کا رومنگ پلان: سب سے آسان، لیکن فی جی بی اکثر سب سے مہنگا',
            ],
          },
          {
            title: 'کوریج کا موازنہ کریں',
            body: [
              'شہروں میں تینوں نیٹ ورک تیز ہیں۔ نیشنل پارکس اور دیہی شاہراہوں پر کوریج میں بہت فرق ہوتا ہے: دور دراز علاقوں میں Verizon اور AT&T اکثر بہتر ہوتے ہیں، جبکہ T-Mobile بہت سے شہروں اور بڑی سڑکوں پر۔ جن جگہوں پر جانا ہے ان کے لیے ہر کمپنی کا کوریج میپ دیکھیں۔',
            ],
          },
          {
            title: 'روانگی سے پہلے خریدیں اور انسٹال کریں',
            body: [
              'ای سم آن لائن یا کمپنی کی ایپ سے خریدیں اور گھر پر وائی فائی کے ذریعے انسٹال کر لیں۔ نئی لائن کو اترنے تک بند رکھیں، پھر موبائل ڈیٹا کے لیے اسے منتخب کریں۔',
            ],
          },
        ],
        faq: [
          {
            question: 'کیا مجھے امریکی فون نمبر کی ضرورت ہے؟',
            answer: [
              'صرف اس صورت میں جب آپ کو امریکی سروسز سے ایس ایم ایس کوڈ وصول کرنے ہوں، ریسٹورنٹس یا ڈرائیوروں کو کال کرنی ہو، یا دوسروں کو مقامی نمبر دینا ہو۔ ورنہ صرف ڈیٹا والی ٹریول ای سم اور میسجنگ ایپس کافی ہیں۔',
            ],
          },
          {
            question: 'کیا امریکی پری پیڈ پلان کینیڈا یا میکسیکو میں چلے گا؟',
            answer: [
              'کچھ امریکی پری پیڈ پلانز میں کینیڈا اور میکسیکو میں محدود رومنگ شامل ہوتی ہے۔ پلان کی تفصیلات دیکھیں؛ ٹریول ای سم عام طور پر شمالی امریکہ کا الگ آپشن بیچتی ہیں۔',
            ],
          },
          {
            question: 'کیا میں اپنے ملک کی سم بھی فعال رکھ سکتا ہوں؟',
            answer: [
              'جی ہاں، اگر آپ کا فون ڈوئل سم سپورٹ کرتا ہے۔ اپنے ملک کی لائن کالز اور ایس ایم ایس کے لیے آن رکھیں، لیکن اس کی ڈیٹا رومنگ بند کر دیں تاکہ چارجز نہ لگیں۔',
            ],
          },
        ],
        body: [
          'امریکہ میں تین قومی نیٹ ورک ہیں: T-Mobile، AT&T اور Verizon۔ کئی سستے برانڈ، جیسے Mint Mobile، Cricket اور Visible، انہی نیٹ ورکس پر سروس بیچتے ہیں، اور آن لائن خریدی گئی ٹریول ای سم بھی انہی میں سے کسی ایک پر چلتی ہے۔',
          'اس گائیڈ میں قیمتیں امریکی ڈالر میں ہیں اور ان میں سیلز ٹیکس اور ریگولیٹری فیس شامل نہیں، جو ہر ریاست میں مختلف ہیں۔ پلان اکثر بدلتے رہتے ہیں، اس لیے کمپنی کی ویب سائٹ پر موجودہ پیشکش کی تصدیق کر لیں۔',
        ],
      },
      'zh-Hant': {
        title: '赴美旅行如何選擇預付 eSIM 上網方案',
        slug: 'us-prepaid-esim-data-plans',
        summary:
          '赴美旅客可以向 T-Mobile、AT&T 或 Verizon 購買預付 eSIM，也可以向使用這些網路的轉售商購買。請比較訊號涵蓋、數據用量，以及是否需要美國門號。',
        steps: [
          {
            title: '檢查手機',
            body: [
              '手機必須未鎖定且支援 eSIM：撥打 *#06#，看看是否顯示 EID。美國的網路只提供 4G LTE 與 5G，因此也請確認手機支援美國主要的 LTE 頻段，例如 2、4/66 以及 12 或 13。',
            ],
          },
          {
            title: '選擇電信業者方案或旅遊 eSIM',
            body: [
              '- 電信業者預付方案：附美國門號，可通話和收發簡訊；查證時每月約 US$25 至 US$60\n- 轉售商的旅遊 eSIM：僅限上網，按 GB 或天數計價，沒有美國門號\n- 原本門號的國際漫遊：最簡單，但每 GB 往往最貴',
            ],
          },
          {
            title: '比較訊號涵蓋',
            body: [
              '在城市裡，三家網路都很快。在國家公園和鄉間公路上，訊號涵蓋差異很大：Verizon 和 AT&T 在偏遠地區通常較強，T-Mobile 則在許多城市和主要公路沿線表現較好。請查看各業者的涵蓋地圖，確認您要去的地方。',
            ],
          },
          {
            title: '出發前購買並安裝',
            body: [
              '在網路上或業者 App 中購買 eSIM，並在家中透過 Wi-Fi 安裝。抵達前先讓新門號保持關閉，落地後再將它設為行動數據使用的門號。',
            ],
          },
        ],
        faq: [
          {
            question: '我需要美國門號嗎？',
            answer: [
              '只有在需要接收美國服務的簡訊驗證碼、要打電話給餐廳或司機，或必須提供當地號碼給他人時才需要。否則，僅限上網的旅遊 eSIM 搭配通訊 App 就已足夠。',
            ],
          },
          {
            question: '美國預付方案可以在加拿大或墨西哥使用嗎？',
            answer: [
              '部分美國預付方案包含加拿大和墨西哥的有限漫遊。請查看方案細節；旅遊 eSIM 通常另外販售北美方案。',
            ],
          },
          {
            question: '可以同時保留原本的 SIM 卡嗎？',
            answer: [
              '可以，只要手機支援雙卡。原本的門號可以保持開啟以接聽電話和收簡訊，但請關閉它的數據漫遊，以免產生費用。',
            ],
          },
        ],
        body: [
          '美國有三家全國性網路：T-Mobile、AT&T 和 Verizon。Mint Mobile、Cricket、Visible 等許多較便宜的品牌都是轉售這些網路的服務，網路上購買的旅遊 eSIM 也是使用其中一家的網路。',
          '本文價格以美元計，不含各州不同的銷售稅與監管費用。方案經常變動，請以業者官網上的最新優惠為準。',
        ],
      },
    },
    simKind: 'esim',
    sources: [
      { url: 'https://www.att.com/', note: 'AT&T homepage: prepaid plans and coverage map' },
      { url: 'https://www.verizon.com/', note: 'Verizon homepage: prepaid plans and coverage map' },
    ],
    status: 'published',
    tenant: 'americas',
    topic: 'data-plans',
  },
]
