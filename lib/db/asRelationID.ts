/**
 * payload-types.ts is generated against the default SQLite adapter, so it types relationship IDs
 * as numbers; on MongoDB they are strings. The value passes through unchanged: only the compiler's
 * view of it is widened back to what the database actually returned.
 */
export const asRelationID = (id: number | string): number => id as number
