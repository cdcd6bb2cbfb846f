import type { CollectionBeforeValidateHook } from 'payload'

/** The source locale is always offered: a tenant cannot publish in a language it hides. */
export const ensureDefaultLocaleEnabled: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) return data
  const defaultLocale = data.defaultLocale ?? originalDoc?.defaultLocale
  const enabled: string[] = data.enabledLocales ?? originalDoc?.enabledLocales ?? []
  if (defaultLocale && !enabled.includes(defaultLocale)) {
    data.enabledLocales = [defaultLocale, ...enabled]
  }
  return data
}
