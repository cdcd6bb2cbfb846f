import type { TextFieldSingleValidation } from 'payload'

import { validateSlug } from '@/lib/validation/slug'

/**
 * Guides validate their drafts (so opening "Create New" no longer stores an empty guide), yet a
 * translator's draft of a new language is saved before its title exists. A title and a slug are
 * therefore required when a guide is created and whenever a locale is published, not on a later
 * draft save of a locale that has none yet.
 */
const isLaterDraft = (operation: string | undefined, data: unknown): boolean =>
  operation === 'update' && (data as { _status?: unknown } | undefined)?._status !== 'published'

const isBlank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === ''

export const validateGuideTitle: TextFieldSingleValidation = (value, { data, operation, req }) => {
  if (!isBlank(value) || isLaterDraft(operation, data)) return true
  return req.t('validation:required')
}

export const validateGuideSlug: TextFieldSingleValidation = (value, { data, operation }) =>
  isBlank(value) && isLaterDraft(operation, data) ? true : validateSlug(value)

const isPublishing = (data: unknown): boolean =>
  (data as { _status?: unknown } | undefined)?._status === 'published'

/**
 * Country, topic and SIM kind may wait in a draft (an imported article sets only what its text
 * shows), but a guide is published with all three.
 */
export const requiredToPublish = (
  value: unknown,
  { data, req }: { data: unknown; req: { t: (key: 'validation:required') => string } },
): string | true =>
  (value !== null && value !== undefined && value !== '') || !isPublishing(data)
    ? true
    : req.t('validation:required')
