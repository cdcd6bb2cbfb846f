/** Which database DATABASE_URI names; reads nothing but the string it is given. */
export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export const databaseKindOf = (uri: string | undefined): DatabaseKind => {
  if (!uri || uri.startsWith('file:')) return 'sqlite'
  if (uri.startsWith('postgres://') || uri.startsWith('postgresql://')) return 'postgres'
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(
    `DATABASE_URI must start with file:, postgres://, postgresql:// or mongodb:// (got "${uri.split(':')[0]}:...")`,
  )
}
