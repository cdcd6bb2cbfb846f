'use client'

import type { ReactNode } from 'react'

import { useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'

import { adminLocaleFor, getAdminMessages, type AdminMessages } from '@/i18n/adminMessages'
import './accessibleAdmin.css'

/**
 * The visible label of the field an element belongs to, if Payload rendered one; else the last
 * part of the field's path ("steps.0.body" → "body").
 */
const fieldLabelOf = (element: Element): string | null => {
  const label = element.closest('.field-type')?.querySelector('label, .field-label')
  const text = label?.textContent?.replace(/\*$/, '').trim()
  if (text) return text
  const path = element.closest('[data-field-path]')?.getAttribute('data-field-path')
  return path?.split('.').pop() || null
}

/** A text box's content is its value, not its name: only buttons are named by their text. */
const hasName = (element: Element): boolean =>
  Boolean(
    element.getAttribute('aria-label') ||
    element.getAttribute('aria-labelledby') ||
    (element.tagName === 'BUTTON' && (element.textContent ?? '').trim()),
  )

/** Names and landmarks Payload 3.90's admin leaves out, added where they are missing. */
const repair = (t: AdminMessages) => {
  const name = (selector: string, text: (element: HTMLElement) => string | null) => {
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (hasName(element)) continue
      const value = text(element)
      if (value) element.setAttribute('aria-label', value)
    }
  }
  name('.popup-button', (button) =>
    button.closest('.btn--withPopup')
      ? t.publishOptions
      : button.closest('.array-actions')
        ? t.rowActions
        : t.moreActions,
  )
  name('.date-time-picker__clear-button', () => t.clearDate)
  name('.collapsible__drag', () => t.dragToReorder)
  name('.ContentEditable__root', fieldLabelOf)
  name('.table input[type="checkbox"]', () => t.selectRow)
  name('input[id^="react-select-"]', fieldLabelOf)
  name('.react-datepicker__input-container input', fieldLabelOf)
  // One main landmark per page, around the view's content and not the app header, unless the
  // view brought its own.
  if (!document.querySelector('main, [role="main"]')) {
    const content = ['.collection-edit', '.collection-list', '.dashboard']
      .map((selector) => document.querySelector(selector))
      .find(Boolean)
    content?.setAttribute('role', 'main')
  }
}

/**
 * Payload 3.90 renders some admin controls without an accessible name (the chevron beside
 * Publish, the "⋮" of the document controls and of array rows, a date's clear button, drag
 * handles, rich-text and select inputs) and its pages without a main landmark, and offers no
 * option to add them: screen readers announce "button" and axe reports them. This provider adds
 * the missing names in the person's admin language and keeps doing so as the admin re-renders;
 * e2e/admin-a11y.e2e.spec.ts fails when a later Payload changes this markup.
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
