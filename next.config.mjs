import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Demo tenants live on *.localhost sub-domains; Next only needs to know they are not foreign origins.
  allowedDevOrigins: ['*.localhost'],
  poweredByHeader: false,
  // `npm run typecheck` checks the whole project (tests and scripts too) in CI; the build does not
  // repeat it, which saves a third of its time on two cores.
  typescript: { ignoreBuildErrors: true },
}

const config = withPayload(nextConfig, { devBundleServerPackages: false })

/**
 * Payload asks every response for the reader's colour scheme (Accept-CH and Critical-CH), which
 * its admin theme uses. On a reader page that makes Chromium load every first visit twice and
 * varies every cached page by the hint: the reader site has one theme, so only the admin asks.
 */
const payloadHeaders = config.headers

/**
 * Every response: browsers take its declared type (a media file is never sniffed into HTML).
 * The admin: never inside another site's frame (clickjacking). Live preview frames the reader
 * page inside the admin, not the other way round, so the admin needs no other frame ancestor.
 */
const securityHeaders = [
  {
    headers: [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    ],
    source: '/:path*',
  },
  {
    headers: [
      { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
      { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
    ],
    source: '/admin/:path*',
  },
]

config.headers = async () => [
  ...(await payloadHeaders()).map((rule) =>
    rule.source === '/:path*' && rule.headers.some((header) => header.key === 'Critical-CH')
      ? { ...rule, source: '/admin/:path*' }
      : rule,
  ),
  ...securityHeaders,
]

export default config
