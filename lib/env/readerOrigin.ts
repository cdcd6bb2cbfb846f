/**
 * SITE_ORIGIN_TEMPLATE says how readers reach a host: `https://{host}` in production (the
 * default), `http://{host}:3000` for the demo. This module reads the environment only, so the
 * Payload config and collections can use it without pulling in the reader data layer.
 */
export const originOf = (host: string): string =>
  (process.env.SITE_ORIGIN_TEMPLATE || 'https://{host}').replace('{host}', host)
