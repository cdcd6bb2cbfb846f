/**
 * Articles an editor imports in the import end-to-end test, written for it: a Chinese top-up
 * guide carrying a promoter's channel in its title, prose and last line plus an image on a host
 * this machine cannot reach, and an English cancellation guide.
 */
export const importedChinese = {
  name: 'jazz-topup.zh.md',
  slug: '巴基斯坦jazz手机卡充值指南',
  text: `# 巴基斯坦Jazz手机卡充值指南[[电报群✈️ @topup_promo_pk](https://t.me/topup_promo_pk)]

在巴基斯坦，Jazz的SIM卡可以在街边小店充值，也能在官方应用里付款，eSIM用户同样适用。

## 充值步骤

1. **购买充值卡**：在任何挂着Jazz标志的小店都能买到。
2. **拨打充值代码**：按卡背面的说明输入卡号。
3. **查看短信确认**：几秒钟后会收到余额更新的短信。

更多优惠请加入电报群 https://t.me/topup_promo_pk 获取，也可以访问 [Jazz官网](https://www.jazz.com.pk/prepaid/)。

![充值卡照片](https://images.unreachable.invalid/card.png)

[[电报群✈️ @topup_promo_pk](https://t.me/topup_promo_pk)]
`,
  title: '巴基斯坦Jazz手机卡充值指南',
}

export const importedEnglish = {
  name: 'zong-cancel.en.md',
  slug: 'how-to-cancel-a-zong-sim-in-pakistan-import-test',
  text: `# How to cancel a Zong SIM in Pakistan (import test)

Take your CNIC or passport to a Zong franchise to cancel the SIM card registered in your name.

## Steps

1. **Visit a franchise**: staff check your fingerprints.
2. **Sign the request**: the number is closed within a day.
`,
  title: 'How to cancel a Zong SIM in Pakistan (import test)',
}
