/**
 * The HTTP caches in front of the servers (see deploy/varnish/): VARNISH_PURGE_URLS lists each
 * one's address, comma-separated, and VARNISH_PURGE_SECRET is the secret its VCL expects. With
 * purge addresses set, reader responses name their cache tags for those caches (Surrogate-Key,
 * Cache-Tag), which the VCL strips before readers. Reads the environment only.
 */
export const varnishPurgeURLs = (): string[] =>
  (process.env.VARNISH_PURGE_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)

export const varnishPurgeSecret = (): string => process.env.VARNISH_PURGE_SECRET ?? ''

export const shouldSendSurrogateKeys = (): boolean => varnishPurgeURLs().length > 0
