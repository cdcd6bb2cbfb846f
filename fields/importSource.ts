import type { Field, FieldAccess } from 'payload'

/**
 * Where an imported guide came from: the key of its source file (tenant locale and file name),
 * a hash of the content last imported and the edit revision that import wrote. A re-import of
 * the same file finds the guide by key; an `editRevision` past `importedRevision` means someone
 * edited the guide since, and the import reports a conflict instead of overwriting their work.
 * What the import detected, with its evidence, is kept and shown in the sidebar for the editor to
 * confirm or change.
 */
export const importSourceFields = (updateAccess: FieldAccess): Field[] => [
  {
    name: 'importKey',
    type: 'text',
    access: { update: updateAccess },
    admin: { hidden: true },
    index: true,
  },
  { name: 'importHash', type: 'text', access: { update: updateAccess }, admin: { hidden: true } },
  {
    name: 'importDetections',
    type: 'json',
    access: { update: updateAccess },
    admin: { hidden: true },
  },
  {
    name: 'importedRevision',
    type: 'number',
    access: { update: updateAccess },
    admin: { hidden: true },
  },
  {
    name: 'importReview',
    type: 'ui',
    admin: {
      components: { Field: '/components/admin/ImportDetections#ImportDetections' },
      position: 'sidebar',
    },
  },
]
