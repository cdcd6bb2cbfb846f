import { getPayloadClient } from '@/lib/data/getPayloadClient'

export const dynamic = 'force-dynamic'

/** Answers once Payload has connected, migrated and (in the demo) seeded. */
export async function GET() {
  try {
    const payload = await getPayloadClient()
    await payload.count({ collection: 'tenants', overrideAccess: false })
    return Response.json({ ok: true })
  } catch (error) {
    return Response.json({ error: (error as Error).message, ok: false }, { status: 503 })
  }
}
