import type { Access } from 'payload'

/** Shared reference data (countries, carriers, tenant branding) is public. */
export const anyoneAccess: Access = () => true
