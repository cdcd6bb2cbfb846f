import type { CollectionBeforeOperationHook } from 'payload'

/** What a save of a guide is meant to do, as the later hooks need it. */
export type GuideSaveIntent = {
  /** Publishes or unpublishes every locale at once instead of the request's locale only. */
  isAllLocales: boolean
  /** A draft save: nothing readers see changes. */
  isDraft: boolean
}

export const saveIntentOf = (context: Record<string, unknown>): GuideSaveIntent =>
  (context.guideSaveIntent as GuideSaveIntent | undefined) ?? {
    isAllLocales: false,
    isDraft: false,
  }

/**
 * Payload gives the draft and all-locales flags of a save to operation hooks only; the
 * change hooks read them from the request context.
 */
export const recordSaveIntent: CollectionBeforeOperationHook<'guides'> = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  const flags = args as {
    draft?: boolean
    publishAllLocales?: boolean
    unpublishAllLocales?: boolean
  }
  const truthy = (value: unknown) => value === true || value === 'true'
  req.context.guideSaveIntent = {
    isAllLocales: truthy(flags.publishAllLocales) || truthy(flags.unpublishAllLocales),
    isDraft: truthy(flags.draft),
  } satisfies GuideSaveIntent
  return args
}
