import Link from 'next/link'

/** Adds "Import" and "Needs review" to the admin's side navigation. */
export function ImportNavLinks() {
  return (
    <>
      <Link className="nav__link" href="/admin/import" id="nav-import">
        <span className="nav__link-label">Import</span>
      </Link>
      <Link className="nav__link" href="/admin/needs-review" id="nav-needs-review">
        <span className="nav__link-label">Needs review</span>
      </Link>
    </>
  )
}
