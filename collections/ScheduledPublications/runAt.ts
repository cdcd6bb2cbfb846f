import type { DateFieldValidation } from 'payload'

/**
 * A pending change must lie in the future; the message shows under the field in the admin. A
 * change already done, failed or cancelled keeps its time.
 */
export const validateRunAt: DateFieldValidation = (value, { previousValue, siblingData }) => {
  if (!value) return 'Choose when the change should happen.'
  const state = (siblingData as { state?: string } | undefined)?.state ?? 'pending'
  const isMoved = !previousValue || new Date(previousValue).getTime() !== new Date(value).getTime()
  if (state === 'pending' && isMoved && new Date(value).getTime() <= Date.now())
    return 'Choose a time in the future.'
  return true
}
