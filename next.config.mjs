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

export default withPayload(nextConfig, { devBundleServerPackages: false })
