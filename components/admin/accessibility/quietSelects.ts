/**
 * react-select marks its "open" and "clear" indicators aria-hidden, and Payload 3.90 makes them
 * focusable: Tab then stops twice per select on something a screen reader cannot announce. The
 * select itself opens with the arrow keys and clears with Backspace, so the indicators leave the
 * tab order and stay mouse targets.
 */
const untabIndicators = () => {
  for (const indicator of document.querySelectorAll(
    '.rs__indicators [aria-hidden="true"]:is(button, [tabindex="0"])',
  )) {
    indicator.setAttribute('tabindex', '-1')
  }
}

/**
 * A value of a sortable many-select is a "button" you pick up with Space to reorder, holding its
 * own Remove button; a button inside a button is out of reach for screen readers. It becomes a
 * group named by its value: still focusable and sortable, with the Remove button inside reachable.
 */
const groupSortableValues = () => {
  for (const value of document.querySelectorAll('.rs__multi-value[role="button"]')) {
    value.setAttribute('role', 'group')
    const label = value
      .querySelector('.rs__multi-value__label, .multi-value-label')
      ?.textContent?.trim()
    if (label) value.setAttribute('aria-label', label)
  }
}

export const quietSelects = () => {
  untabIndicators()
  groupSortableValues()
}
