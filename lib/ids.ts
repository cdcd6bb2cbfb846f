/**
 * Document IDs are numbers on the SQL databases and strings on MongoDB. These helpers compare and
 * unwrap them without assuming either, so no caller needs a cast.
 */
export type ID = number | string

/** The ID of a relationship value, whether Payload returned it populated or as a bare ID. */
export const idOf = <T extends ID>(value: { id: T } | T | null | undefined): T | undefined => {
  if (value === null || value === undefined) return undefined
  return typeof value === 'object' ? value.id : value
}

/** IDs compared as strings: a number from one query and a string from another are the same ID. */
export const sameID = (a: ID | null | undefined, b: ID | null | undefined): boolean =>
  a !== undefined && a !== null && b !== undefined && b !== null && String(a) === String(b)

/**
 * payload-types.ts is generated against the default SQLite adapter, so it types relationship IDs
 * as numbers; on MongoDB they are strings. The value passes through unchanged: only the compiler's
 * view of it is widened back to what the database actually returned.
 */
export const asRelationID = (id: ID): number => id as number

/**
 * An ID kept as text (a job's input, a form field) back in the database's own type: a number on
 * the SQL databases (`payload.db.defaultIDType`), the text itself on MongoDB.
 */
export const idFromText = (idType: 'number' | 'text', value: ID): ID =>
  idType === 'number' ? Number(value) : String(value)
