import Link from 'next/link'

/** Adds "Translations" to the admin's side navigation. */
export function TranslationsNavLink() {
  return (
    <Link className="nav__link" href="/admin/translations" id="nav-translations">
      <span className="nav__link-label">Translations</span>
    </Link>
  )
}
