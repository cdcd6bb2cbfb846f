import type {
  Collection,
  CollectionBeforeOperationHook,
  FlattenedField,
  Plugin,
  Where,
} from 'payload'

import { APIError, NotFound } from 'payload'

import { whereProblem, type WhereContext } from './whereProblems'

type QueryArgs = { id?: unknown; where?: Where }

/** Operations that take a `where` or an `id` from the request. */
const checkedOperations = new Set(['count', 'delete', 'read', 'readDistinct', 'update'])

/** Version documents hold the collection's fields under `version`, next to their own. */
const versionFields = (fields: FlattenedField[], slug: string): FlattenedField[] =>
  [
    { name: 'version', type: 'group', fields: [], flattenedFields: fields },
    { name: 'parent', type: 'relationship', relationTo: slug },
    { name: 'createdAt', type: 'date' },
    { name: 'updatedAt', type: 'date' },
    { name: 'latest', type: 'checkbox' },
    { name: 'autosave', type: 'checkbox' },
    { name: 'snapshot', type: 'checkbox' },
    { name: 'publishedLocale', type: 'text' },
  ] as FlattenedField[]

/**
 * Refuses, with a 400 naming the problem, a query the database could not run, and answers 404
 * for an ID that cannot exist (a word where the database stores numbers). Only requests on
 * someone's behalf are checked: the server's own calls (access overridden) are trusted code.
 */
export const validateQuery: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  const query = args as QueryArgs
  if (overrideAccess === true || !checkedOperations.has(operation)) return args

  const isNumeric = req.payload.db.defaultIDType === 'number'
  const isValidID = (value: string) =>
    isNumeric ? /^\d{1,15}$/.test(value) : /^[\w-]{1,64}$/.test(value)
  if (query.id !== undefined && query.id !== null && !isValidID(String(query.id))) {
    throw new NotFound(req.t)
  }
  const context: WhereContext = {
    fields: collection.flattenedFields,
    fieldsOf: (slug) =>
      (req.payload.collections as Record<string, Collection | undefined>)[slug]?.config
        .flattenedFields,
    isValidID,
    // The SQL adapters have no "all" operator (a server error); MongoDB has one.
    supportsAll: req.payload.db.name === 'mongoose',
  }
  // Payload reports a version listing as a "read" too: its paths may also name version fields.
  const documentProblem = whereProblem(query.where, context)
  const versionProblem =
    documentProblem &&
    whereProblem(query.where, {
      ...context,
      fields: versionFields(collection.flattenedFields, collection.slug),
    })
  const problem = versionProblem && documentProblem
  if (problem !== null) {
    throw new APIError(`This query cannot be run: ${problem}`, 400, undefined, true)
  }
  return args
}

/** Adds the query check to every collection, those of other plugins included (so: list it last). */
export const validateQueries = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [validateQuery, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
})
