import type { AdminMessages } from '@/i18n/adminMessages'

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

const name = (selector: string, text: (element: HTMLElement) => string | null) => {
  for (const element of document.querySelectorAll<HTMLElement>(selector)) {
    if (hasName(element)) continue
    const value = text(element)
    if (value) element.setAttribute('aria-label', value)
  }
}

/**
 * Names Payload 3.90 leaves out: the chevron beside Publish, the "⋮" of the document controls and
 * of array rows, a date's clear button, drag handles, rich-text, select and date inputs, and the
 * list's checkboxes.
 */
export const nameControls = (t: AdminMessages) => {
  // Payload's checkbox points aria-labelledby at itself and drops the "Select all rows" it was
  // given, so screen readers read its title, "select-all".
  const selectAll = document.querySelector('#select-all[aria-labelledby="select-all"]')
  selectAll?.removeAttribute('aria-labelledby')
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
  name('#select-all', () => t.selectAllRows)
  name('.table input[type="checkbox"]', () => t.selectRow)
  name('input[id^="react-select-"]', fieldLabelOf)
  name('.react-datepicker__input-container input', fieldLabelOf)
}
