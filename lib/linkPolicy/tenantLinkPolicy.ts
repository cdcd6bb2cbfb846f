import { defaultDeniedPatterns, type LinkPolicy, type UnknownLinkRel } from './linkPolicy'

/** The link-policy fields of a tenant as stored (every field may be empty on older tenants). */
export type StoredLinkPolicy = {
  affiliateDomains?: string[] | null
  allowedDomains?: string[] | null
  deniedPatterns?: string[] | null
  unknownLinkRel?: UnknownLinkRel | null
}

const cleanList = (values: readonly (string | null | undefined)[] | null | undefined): string[] => [
  ...new Set((values ?? []).map((value) => (value ?? '').trim().toLowerCase()).filter(Boolean)),
]

/**
 * A tenant's policy: an empty list of allowed domains means the domains of the carriers it covers
 * (passed in by the caller, who knows which those are), an empty list of denied patterns means the
 * defaults. The publication's own host names are always allowed.
 */
export const tenantLinkPolicy = ({
  coveredDomains,
  ownDomains,
  stored,
}: {
  coveredDomains: readonly string[]
  ownDomains?: readonly string[] | null
  stored: StoredLinkPolicy | null | undefined
}): LinkPolicy => {
  const allowed = cleanList(stored?.allowedDomains)
  const denied = cleanList(stored?.deniedPatterns)
  return {
    affiliateDomains: cleanList(stored?.affiliateDomains),
    allowedDomains: cleanList([
      ...(allowed.length > 0 ? allowed : coveredDomains),
      ...(ownDomains ?? []),
    ]),
    deniedPatterns: denied.length > 0 ? denied : [...defaultDeniedPatterns],
    unknownLinkRel: stored?.unknownLinkRel === 'sponsored' ? 'sponsored' : 'nofollow',
  }
}
