import type { LocaleCode } from '@/i18n/locales'
import { getAdminMessages } from '@/i18n/adminMessages'
import { format } from '@/i18n/messages'

/**
 * A field path as people name it: `steps.2.body` → "Step 3 · Text", `faq.0.question` →
 * "Question 1 · Question"; with a block position, "Body · paragraph 2".
 */
export const fieldLabel = (path: string, locale: LocaleCode, block?: number): string => {
  const t = getAdminMessages(locale)
  const row = /^(steps|faq)\.(\d+)\.(\w+)$/.exec(path)
  const named: Record<string, string> = {
    body: t.fieldBody,
    'meta.description': t.fieldMetaDescription,
    'meta.title': t.fieldMetaTitle,
    slug: t.fieldSlug,
    summary: t.fieldSummary,
    title: t.fieldTitle,
  }
  let label = named[path] ?? path
  if (row) {
    const n = Number(row[2]) + 1
    const template =
      row[1] === 'steps'
        ? row[3] === 'title'
          ? t.stepTitle
          : t.stepBody
        : row[3] === 'question'
          ? t.faqQuestion
          : t.faqAnswer
    label = format(template, { n })
  }
  return block === undefined ? label : format(t.block, { field: label, n: block + 1 })
}
