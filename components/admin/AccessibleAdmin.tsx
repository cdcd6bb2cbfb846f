'use client'

import type { ReactNode } from 'react'

import { useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'

import { adminLocaleFor, getAdminMessages, type AdminMessages } from '@/i18n/adminMessages'
import { levelHeadings } from './accessibility/levelHeadings'
import { markLandmarks } from './accessibility/markLandmarks'
import { nameControls } from './accessibility/nameControls'
import { quietSelects } from './accessibility/quietSelects'
import { quietSeoPreview } from './accessibility/quietSeoPreview'
import './accessibleAdmin.css'

const repair = (t: AdminMessages) => {
  nameControls(t)
  markLandmarks(t)
  levelHeadings()
  quietSelects()
  quietSeoPreview()
}

/**
 * Payload 3.90 renders controls without an accessible name, content outside landmarks, headings
 * that skip levels and select parts a keyboard reaches but a screen reader cannot announce, and
 * offers no option to change that markup: screen readers stumble and axe reports them. This
 * provider repairs the markup in the person's admin language (./accessibility/, one kind of
 * repair per file) and keeps doing so as the admin re-renders; e2e/admin-a11y.e2e.spec.ts fails
 * when a later Payload changes this markup. Where Payload takes a component of ours instead
 * (list views: ListViewInMain), that is the fix.
 */
export function AccessibleAdmin({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  useEffect(() => {
    const t = getAdminMessages(adminLocaleFor(i18n.language))
    repair(t)
    const observer = new MutationObserver(() => repair(t))
    observer.observe(document.body, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [i18n.language])
  return <>{children}</>
}
