import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Demo tenants live on *.localhost sub-domains; Next only needs to know they are not foreign origins.
  allowedDevOrigins: ['*.localhost'],
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
