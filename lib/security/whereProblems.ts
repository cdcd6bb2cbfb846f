import type { FlattenedField, Where } from 'payload'

/**
 * Checks a `where` query against the fields it names before it reaches the database. Payload
 * passes most operator and value mistakes straight to the adapter, where they fail as server
 * errors (500): a geo operator on a text field, a word where an ID or a date belongs, a text
 * search on a relationship, a nested object as a value. Each problem found here is a message
 * naming the path, so the caller can answer 400 instead.
 */

/** How a collection's fields are looked up, so relation paths can be followed. */
export type FieldLookup = (collectionSlug: string) => FlattenedField[] | undefined

export type WhereContext = {
  fields: FlattenedField[]
  fieldsOf: FieldLookup
  /** Whether stored IDs are numbers (SQL) or strings such as MongoDB's ObjectIds. */
  isValidID: (value: string) => boolean
  supportsAll: boolean
}

const comparison = ['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const listOperators = ['in', 'not_in', 'all']
const geoOperators = ['near', 'within', 'intersects']
const textOperators = ['like', 'not_like', 'contains']
const knownOperators = new Set([
  'equals',
  'not_equals',
  'exists',
  ...comparison,
  ...listOperators,
  ...geoOperators,
  ...textOperators,
])

/** Bounds on one query: nesting of and/or, conditions in all, hops through relationships. */
const maxNesting = 6
const maxConditions = 50
const maxRelationHops = 2

type Leaf = { kind: 'field'; field: FlattenedField; hops: number } | { kind: 'id' }

type Problems = string[]

const isScalar = (value: unknown): value is boolean | number | string =>
  ['boolean', 'number', 'string'].includes(typeof value)

const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]

const isBooleanLike = (value: unknown) =>
  typeof value === 'boolean' || value === 'true' || value === 'false'

const isNumberLike = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))

const isDateLike = (value: unknown) =>
  (typeof value === 'string' || typeof value === 'number') &&
  !Number.isNaN(new Date(value).getTime())

/** Finds the field a dotted path names, following groups, arrays and relationships. */
const resolvePath = (path: string, context: WhereContext): { leaf: Leaf } | { problem: string } => {
  const segments = path.split('.')
  let fields = context.fields
  let hops = 0
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index]
    const isLast = index === segments.length - 1
    if (segment === 'id' && isLast) return { leaf: { kind: 'id' } }
    const field = fields.find((candidate) => candidate.name === segment)
    if (!field) return { problem: `"${path}" is not a field that can be queried.` }
    if (isLast) return { leaf: { field, hops, kind: 'field' } }
    if (field.type === 'group' || field.type === 'array' || field.type === 'tab') {
      fields = field.flattenedFields
      continue
    }
    if (
      (field.type === 'relationship' || field.type === 'upload') &&
      typeof field.relationTo === 'string'
    ) {
      hops += 1
      const related = context.fieldsOf(field.relationTo)
      if (hops > maxRelationHops || !related) {
        return { problem: `"${path}" goes through too many relationships.` }
      }
      fields = related
      continue
    }
    return { problem: `"${path}" cannot be queried below "${segment}".` }
  }
  return { problem: `"${path}" is not a field that can be queried.` }
}

const hasMany = (field: FlattenedField): boolean =>
  'hasMany' in field && Boolean((field as { hasMany?: boolean }).hasMany)

const referenceProblem = (
  path: string,
  operator: string,
  present: unknown[],
  context: WhereContext,
): string | null => {
  if (textOperators.includes(operator)) {
    return `"${operator}" does not apply to "${path}", which holds references; use equals or in.`
  }
  const bad = present.find((item) => !context.isValidID(String(item)))
  return bad === undefined ? null : `"${String(bad)}" is not a valid ID (in "${path}").`
}

/** Checks values against the type of a field that is not a reference. */
const valueProblem = (
  path: string,
  field: FlattenedField,
  operator: string,
  values: unknown[],
  present: unknown[],
): string | null => {
  const { type } = field
  if (type === 'number') {
    if (textOperators.includes(operator))
      return `"${operator}" does not apply to the number "${path}".`
    const bad = present.find((item) => !isNumberLike(item))
    return bad === undefined ? null : `"${String(bad)}" is not a number (in "${path}").`
  }
  if (type === 'date') {
    if (textOperators.includes(operator))
      return `"${operator}" does not apply to the date "${path}".`
    const bad = present.find((item) => !isDateLike(item))
    return bad === undefined ? null : `"${String(bad)}" is not a date (in "${path}").`
  }
  if (type === 'checkbox') {
    if (textOperators.includes(operator) || comparison.includes(operator)) {
      return `"${operator}" does not apply to "${path}", which is true or false.`
    }
    const bad = values.find((item) => !isBooleanLike(item))
    return bad === undefined ? null : `"${path}" is true or false, not "${String(bad)}".`
  }
  if (type === 'select' || type === 'radio') {
    // PostgreSQL stores choices as an enum type: anything but one of them is a server error there.
    if (textOperators.includes(operator) || comparison.includes(operator)) {
      return `"${operator}" does not apply to "${path}", a choice; use equals or in.`
    }
    const choices = field.options.map((option) =>
      typeof option === 'string' ? option : option.value,
    )
    const bad = values.find((item) => item !== null && !choices.includes(String(item)))
    return bad === undefined
      ? null
      : `"${String(bad)}" is not one of the choices of "${path}" (${choices.join(', ')}).`
  }
  if (['array', 'blocks', 'group', 'tab'].includes(type)) {
    return `"${path}" holds several fields: query one of them, such as "${path}.<field>".`
  }
  if (type === 'richText' || type === 'json') {
    return `"${path}" holds structured content: only "exists" applies to it.`
  }
  if (hasMany(field) && (textOperators.includes(operator) || comparison.includes(operator))) {
    return `"${operator}" does not apply to "${path}", which holds several values; use equals, in or all.`
  }
  return null
}

/** Which operators a field accepts, and whether each value fits the field's type. */
const leafProblem = (
  path: string,
  leaf: Leaf,
  operator: string,
  value: unknown,
  context: WhereContext,
): string | null => {
  if (!knownOperators.has(operator)) return `"${operator}" is not a query operator (on "${path}").`
  if (operator === 'exists') {
    return isBooleanLike(value) ? null : `"exists" on "${path}" takes true or false.`
  }
  const field = leaf.kind === 'field' ? leaf.field : null
  if (geoOperators.includes(operator) && field?.type !== 'point') {
    return `"${operator}" only applies to map points, and "${path}" is not one.`
  }
  if (field?.type === 'point') return null
  if (operator === 'all' && !context.supportsAll) {
    return `"all" is not available on this database; use "in" on "${path}".`
  }
  if (operator === 'all' && !(field && hasMany(field))) {
    return `"all" only applies to fields holding several values, and "${path}" holds one.`
  }
  const isList = listOperators.includes(operator)
  if (!isList && !isScalar(value) && value !== null) {
    return `"${operator}" on "${path}" takes a single value.`
  }
  const values = isList ? listOf(value) : [value]
  if (values.some((item) => item !== null && !isScalar(item))) {
    return `"${operator}" on "${path}" takes plain values.`
  }
  const present = values.filter((item) => item !== null && item !== '')
  if (isList && present.length === 0) return `"${operator}" on "${path}" needs at least one value.`
  if (field === null) return referenceProblem(path, operator, present, context)
  // The SQL adapters cannot join a list-valued field of a related document (a server error).
  if (hasMany(field) && leaf.kind === 'field' && leaf.hops > 0) {
    return `"${path}" holds several values in a related document and cannot be queried from here.`
  }
  if (field.type === 'relationship' || field.type === 'upload') {
    return typeof field.relationTo === 'string'
      ? referenceProblem(path, operator, present, context)
      : `"${path}" cannot be queried this way.`
  }
  if (field.type === 'join') return `"${path}" cannot be queried this way.`
  return valueProblem(path, field, operator, values, present)
}

const collect = (
  where: unknown,
  context: WhereContext,
  nesting: number,
  problems: Problems,
  count: { conditions: number },
) => {
  if (where === null || typeof where !== 'object' || Array.isArray(where)) {
    problems.push('A query condition must name a field and an operator.')
    return
  }
  if (nesting > maxNesting) {
    problems.push(`Queries may nest "and"/"or" at most ${maxNesting} levels deep.`)
    return
  }
  for (const [key, condition] of Object.entries(where as Record<string, unknown>)) {
    if (problems.length > 0) return
    if (key === 'and' || key === 'or') {
      const branches = Array.isArray(condition)
        ? condition
        : condition !== null && typeof condition === 'object'
          ? Object.values(condition)
          : null
      if (branches === null) {
        problems.push(`"${key}" takes a list of conditions.`)
        return
      }
      for (const branch of branches) collect(branch, context, nesting + 1, problems, count)
      continue
    }
    if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) {
      problems.push(`"${key}" needs an operator, as in where[${key}][equals]=...`)
      return
    }
    const resolved = resolvePath(key, context)
    if ('problem' in resolved) {
      problems.push(resolved.problem)
      return
    }
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
      count.conditions += 1
      if (count.conditions > maxConditions) {
        problems.push(`A query may hold at most ${maxConditions} conditions.`)
        return
      }
      const problem = leafProblem(key, resolved.leaf, operator, value, context)
      if (problem !== null) {
        problems.push(problem)
        return
      }
    }
  }
}

/** The first thing wrong with a query, or null when the database can run it. */
export const whereProblem = (where: Where | undefined, context: WhereContext): string | null => {
  if (where === undefined || where === null) return null
  const problems: Problems = []
  collect(where, context, 0, problems, { conditions: 0 })
  return problems[0] ?? null
}
