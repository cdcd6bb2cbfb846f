/** Tags per purge request: keeps each request's header well under Varnish's 8 KB limit. */
const tagsPerRequest = 50

export type PurgeTarget = { secret: string; url: string }

/**
 * Drops every object tagged with one of `tags` from each Varnish (its VCL's PURGE with an
 * `xkey-purge` header, deploy/varnish/roampress.vcl). Resolves once all have answered; failures
 * are logged, never thrown, since the expiry itself has already happened everywhere else.
 */
export const purgeVarnish = async (
  targets: readonly PurgeTarget[],
  tags: readonly string[],
): Promise<void> => {
  const batches: string[][] = []
  for (let start = 0; start < tags.length; start += tagsPerRequest) {
    batches.push(tags.slice(start, start + tagsPerRequest))
  }
  await Promise.all(
    targets.flatMap((target) =>
      batches.map(async (batch) => {
        try {
          const response = await fetch(target.url, {
            headers: { 'x-purge-secret': target.secret, 'xkey-purge': batch.join(' ') },
            method: 'PURGE',
            signal: AbortSignal.timeout(2000),
          })
          if (!response.ok) {
            console.error(`Varnish at ${target.url} refused a purge: ${response.status}`)
          }
        } catch (error) {
          console.error(`Varnish at ${target.url} could not be purged: ${(error as Error).message}`)
        }
      }),
    ),
  )
}
