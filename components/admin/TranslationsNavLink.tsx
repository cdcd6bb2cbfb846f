import type { ServerProps } from 'payload'

import Link from 'next/link'

import { adminLocaleFor, getAdminMessages } from '@/i18n/adminMessages'

/** Adds "Translations" to the admin's side navigation, in the person's admin language. */
export function TranslationsNavLink({ i18n }: Partial<ServerProps>) {
  const t = getAdminMessages(adminLocaleFor(i18n?.language))
  return (
    <Link className="nav__link" href="/admin/translations" id="nav-translations">
      <span className="nav__link-label">{t.translations}</span>
    </Link>
  )
}
