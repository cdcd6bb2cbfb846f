'use client'

import type { ReactNode } from 'react'

import { useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'

import { adminLocaleFor, getAdminMessages } from '@/i18n/adminMessages'

/**
 * Payload 3.90 renders the buttons that open its popups (the chevron beside Publish, the "⋮" of
 * the document controls and of array rows) without an accessible name, and offers no option to
 * give them one: screen readers announce "button" and axe reports them. This provider names every
 * such button after the popup it opens, and keeps doing so as the admin re-renders.
 * e2e/admin-a11y.e2e.spec.ts fails when a later Payload changes this markup.
 */
export function PopupButtonNames({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  useEffect(() => {
    const t = getAdminMessages(adminLocaleFor(i18n.language))
    const nameOf = (button: HTMLElement): string => {
      if (button.closest('.btn--withPopup')) return t.publishOptions
      if (button.closest('.array-actions')) return t.rowActions
      return t.moreActions
    }
    const label = () => {
      for (const button of document.querySelectorAll<HTMLElement>('.popup-button')) {
        const hasName =
          button.getAttribute('aria-label') || (button.textContent ?? '').trim().length > 0
        if (!hasName) button.setAttribute('aria-label', nameOf(button))
      }
    }
    label()
    const observer = new MutationObserver(label)
    observer.observe(document.body, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [i18n.language])
  return <>{children}</>
}
