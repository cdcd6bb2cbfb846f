import type { Field } from 'payload'

import { tenantMemberFieldAccess } from '@/access/tenantMemberFieldAccess'

/**
 * Who changed a guide last, in which locale, and a revision number that grows with every save.
 * Each version keeps its own copy, so the history names the person and locale of every change;
 * the revision the editor's form was loaded at lets a stale save be refused (see
 * collections/Guides/hooks/detectEditConflict.ts). The hook writes them all on every save.
 */
export const editTrackingFields: Field[] = [
  {
    name: 'editRevision',
    type: 'number',
    admin: { hidden: true },
    defaultValue: 0,
  },
  {
    name: 'lastEditedBy',
    type: 'relationship',
    // Who works on a publication is its own business, not its readers'.
    access: { read: tenantMemberFieldAccess },
    admin: { hidden: true },
    relationTo: 'users',
  },
  {
    // A name, not only the relation: an editor may not read a translator's user record, and the
    // history must still say who saved.
    name: 'lastEditedByName',
    type: 'text',
    admin: { hidden: true },
  },
  {
    name: 'lastEditedLocale',
    type: 'text',
    admin: { hidden: true },
  },
]
