import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Demo tenants live on *.localhost sub-domains; Next only needs to know they are not foreign origins.
  allowedDevOrigins: ['*.localhost'],
  poweredByHeader: false,
  // Reader pages are Route Handlers, which Next compiles for React Server Components, where
  // `react-dom/server` may not be imported. Our renderer is a local package Next does not bundle,
  // so Node loads it, and React's ordinary server renderer, at run time.
  // https://nextjs.org/docs/app/api-reference/config/next-config-js/serverExternalPackages
  serverExternalPackages: ['@roampress/reader-html'],
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
  // Stylesheets and fonts under /assets are named after their content (scripts/buildReaderAssets.ts):
  // a changed file gets a new name, so browsers and shared caches may keep each one for a year.
  {
    source: '/assets/:path*',
    headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
  },
  ...securityHeaders,
]

/**
 * With REDIS_URL, a running server keeps Next's cache in Redis, shared by every server
 * (lib/cache/redisCacheHandler.ts, compiled by `npm run build`). The build itself never needs
 * Redis: one build serves both a single server and several.
 */
const configFor = (phase) =>
  process.env.REDIS_URL && phase !== PHASE_PRODUCTION_BUILD
    ? {
        ...config,
        cacheHandler: path.join(import.meta.dirname, '.next', 'redis-cache-handler.mjs'),
      }
    : config

export default configFor
