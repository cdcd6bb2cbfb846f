import type { TextField } from 'payload'

import { slugify, validateSlug } from '@/lib/validation/slug'

type SlugFieldOptions = {
  /** The field the slug is made from when the editor leaves it empty. */
  from?: string
  localized?: boolean
  unique?: boolean
}

export const slugField = ({
  from = 'title',
  localized = false,
  unique = false,
}: SlugFieldOptions = {}): TextField => ({
  name: 'slug',
  type: 'text',
  admin: {
    description: `Part of the address. Left empty, it is made from the ${from}.`,
    position: 'sidebar',
  },
  hooks: {
    beforeValidate: [
      ({ siblingData, value }) => {
        if (typeof value === 'string' && value.trim()) return slugify(value)
        const source = siblingData?.[from]
        return typeof source === 'string' && source.trim() ? slugify(source) : value
      },
    ],
  },
  index: true,
  localized,
  required: true,
  unique,
  validate: (value: unknown) => validateSlug(value),
})
