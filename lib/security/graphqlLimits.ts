import {
  GraphQLError,
  Kind,
  parse,
  type DocumentNode,
  type ExecutionArgs,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql'

/**
 * Bounds on one GraphQL request, checked before anything runs. Payload's complexity rule counts
 * fields, not the documents each list query loads, so 200 aliases of `Guides(limit: 100)` passed
 * it and stalled the server; a fragment that spreads itself sent that rule into endless recursion.
 */
export const graphQLLimits = {
  /** Aliased fields in the whole request. */
  maxAliases: 10,
  /** Nesting of selections, fragments expanded. */
  maxDepth: 8,
  /** Fields selected in the whole request, fragments expanded where they are spread. */
  maxFields: 400,
  /** Root fields (each one is a query of its own). */
  maxRootFields: 5,
}

/** Every selection visited, fields or not: fragments spreading fragments cannot fan out unbounded. */
const maxVisits = 2000

type Cost = { aliases: number; depth: number; fields: number; visits: number }

const fragmentsOf = (document: DocumentNode): Map<string, FragmentDefinitionNode> =>
  new Map(
    document.definitions
      .filter((node): node is FragmentDefinitionNode => node.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  )

/** Names of the fragments spread directly in a selection set (through fields, not other spreads). */
const spreadsIn = (selectionSet: SelectionSetNode | undefined, names: string[] = []): string[] => {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) names.push(selection.name.value)
    else spreadsIn(selection.selectionSet, names)
  }
  return names
}

/** A fragment that spreads itself, directly or through others, or null. */
const fragmentCycle = (fragments: Map<string, FragmentDefinitionNode>): string | null => {
  const done = new Set<string>()
  const visit = (name: string, path: readonly string[]): string | null => {
    if (path.includes(name)) return name
    if (done.has(name)) return null
    for (const next of spreadsIn(fragments.get(name)?.selectionSet)) {
      const cycle = visit(next, [...path, name])
      if (cycle !== null) return cycle
    }
    done.add(name)
    return null
  }
  for (const name of fragments.keys()) {
    const cycle = visit(name, [])
    if (cycle !== null) return cycle
  }
  return null
}

/** Walks a selection set, expanding fragments (acyclic by now), until a limit is passed. */
const measure = (
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  cost: Cost,
  depth: number,
): void => {
  if (!selectionSet) return
  cost.depth = Math.max(cost.depth, depth)
  for (const selection of selectionSet.selections) {
    cost.visits += 1
    // Stop early: a request far over the limits need not be walked to its end.
    if (
      cost.visits > maxVisits ||
      cost.fields > graphQLLimits.maxFields ||
      cost.depth > graphQLLimits.maxDepth
    ) {
      return
    }
    if (selection.kind === Kind.FIELD) {
      cost.fields += 1
      if (selection.alias) cost.aliases += 1
      measure(selection.selectionSet, fragments, cost, depth + 1)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      measure(selection.selectionSet, fragments, cost, depth)
    } else {
      measure(fragments.get(selection.name.value)?.selectionSet, fragments, cost, depth)
    }
  }
}

/** Why a parsed request is refused, or null when it is within every limit. */
export const graphQLLimitProblem = (document: DocumentNode): string | null => {
  const fragments = fragmentsOf(document)
  const cycle = fragmentCycle(fragments)
  if (cycle !== null) return `Fragment "${cycle}" spreads itself.`
  const cost: Cost = { aliases: 0, depth: 0, fields: 0, visits: 0 }
  let rootFields = 0
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    rootFields += definition.selectionSet.selections.length
    measure(definition.selectionSet, fragments, cost, 1)
  }
  const { maxAliases, maxDepth, maxFields, maxRootFields } = graphQLLimits
  if (cost.aliases > maxAliases) return `At most ${maxAliases} aliases per request.`
  if (rootFields > maxRootFields) return `At most ${maxRootFields} queries per request.`
  if (cost.depth > maxDepth) return `Selections may be nested at most ${maxDepth} levels deep.`
  if (cost.fields > maxFields || cost.visits > maxVisits) {
    return `At most ${maxFields} fields per request.`
  }
  return null
}

type PayloadContext = { req?: { user?: unknown } }

const refusal =
  (message: string): ValidationRule =>
  (context) => ({
    Document(node) {
      context.reportError(new GraphQLError(message, { nodes: [node] }))
    },
  })

/**
 * Stands in for a refused request, so no other rule (Payload's complexity rule included) walks
 * the original. Its unknown directive also fails GraphQL's own directive rule: graphql-http sends
 * a 400 only when an error is an instance of its own copy of GraphQLError, and Payload's ESM code
 * and graphql-http's CommonJS code load two copies of the graphql package.
 */
const placeholder = (): DocumentNode => parse('{ __typename @refused }')

/**
 * Payload's `graphQL.validationRules`: called with the parsed request before any rule runs, and
 * the request is then validated as `args.document`. A refused request is swapped for a trivial one
 * with a rule that fails it, so the answer is an immediate 400 naming the reason; Payload's
 * complexity rule would otherwise still walk the original (and recurse forever on a fragment
 * cycle). GraphQL is for signed-in people: the reader site and public data use REST.
 */
export const graphQLValidationRules = (args: ExecutionArgs): ValidationRule[] => {
  const isSignedIn = Boolean((args.contextValue as PayloadContext | undefined)?.req?.user)
  const problem = isSignedIn
    ? graphQLLimitProblem(args.document)
    : 'GraphQL is only available to signed-in accounts; published content is on the REST API.'
  if (problem === null) return []
  ;(args as { document: DocumentNode }).document = placeholder()
  return [refusal(problem)]
}
