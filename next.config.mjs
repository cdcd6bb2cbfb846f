import { withPayload } from '@payloadcms/next/withPayload'

/**
 * A host name as lib/tenant/parseHost.ts accepts it: dot-separated labels of letters, digits and
 * inner hyphens, an optional trailing dot left out of the capture. Next lower-cases the Host
 * header and drops its port before matching `has: host`. Anything else (an IPv6 literal, a
 * forged header with slashes or spaces) does not match and is routed as `invalid-host`.
 */
const hostLabel = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?'
const hostName = `(?<host>(?:${hostLabel}\\.)*${hostLabel})\\.?`

/** Payload's admin and API, Next's assets, public files and the health check are not reader pages. */
const readerPath =
  '/:path((?!api/|api$|admin|_next/|health$|roampress$|fonts/|reader\\.css$|favicon\\.ico$).*)'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Demo tenants live on *.localhost sub-domains; Next only needs to know they are not foreign origins.
  allowedDevOrigins: ['*.localhost'],
  poweredByHeader: false,
  /**
   * The reader site is routed by host: `asia.example.com/en/guides/x` is served by
   * `/sites/asia.example.com/en/guides/x`. With the host and locale as route segments every page is
   * cached per tenant and locale without reading request headers while rendering. Rewrites run in
   * Next's router, so a cached page is served without a middleware pass.
   * https://nextjs.org/docs/app/api-reference/config/next-config-js/rewrites#header-cookie-and-query-matching
   */
  async rewrites() {
    const hasHost = [{ type: 'host', value: hostName }]
    // Every before-files rewrite whose conditions hold applies in turn, to the already rewritten
    // path: the two rules exclude each other, so no path is ever rewritten twice.
    return {
      beforeFiles: [
        { destination: '/sites/:host/:path', has: hasHost, source: readerPath },
        { destination: '/sites/invalid-host/:path', missing: hasHost, source: readerPath },
      ],
    }
  },
  // `npm run typecheck` checks the whole project (tests and scripts too) in CI; the build does not
  // repeat it, which saves a third of its time on two cores.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
