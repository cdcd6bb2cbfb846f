import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * The cache tags a reader page was built from. Next keeps them to itself outside its hosted
 * "minimal mode" (it strips its own tags header), so reader routes collect them here and send
 * them in this header, which Next stores with the page and replays on every cache hit. The page
 * cache in front of Next reads the header and removes it before anything reaches a reader.
 */
export const pageTagsHeader = 'x-roampress-page-tags'

const collector = new AsyncLocalStorage<Set<string>>()

/** Runs `build` and returns what it made with every tag noted while it ran. */
export const collectPageTags = async <Result>(
  build: () => Promise<Result>,
): Promise<{ result: Result; tags: string[] }> => {
  const tags = new Set<string>()
  const result = await collector.run(tags, build)
  return { result, tags: [...tags] }
}

/** Called by every cached read: the page being built depends on these tags. */
export const notePageTags = (tags: readonly string[]): void => {
  const current = collector.getStore()
  if (current) for (const tag of tags) current.add(tag)
}

/** Tags travel in one header, separated by spaces; a tag never contains one (see tags.ts). */
export const formatPageTags = (tags: readonly string[]): string => tags.join(' ')

export const parsePageTags = (header: string | undefined): string[] =>
  header ? header.split(' ').filter(Boolean) : []

/** Wraps a reader route's GET handler so its response names the tags it was built from. */
export const withPageTags =
  <Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) =>
  async (...args: Args): Promise<Response> => {
    const { result: response, tags } = await collectPageTags(() => handler(...args))
    if (tags.length > 0) response.headers.set(pageTagsHeader, formatPageTags(tags))
    return response
  }
