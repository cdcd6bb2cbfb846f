/**
 * Whether a request was sent by a page of another site: its Origin is not one of `allowedOrigins`
 * (an opaque `null` Origin included), or, when a browser sent no Origin, its Sec-Fetch-Site says
 * cross-site. Requests without either header come from programs, not from a browser tab.
 */
export const isCrossSiteRequest = (
  headers: Headers,
  allowedOrigins: readonly string[],
): boolean => {
  const origin = headers.get('origin')
  if (origin !== null) return !allowedOrigins.includes(origin)
  return headers.get('sec-fetch-site') === 'cross-site'
}
