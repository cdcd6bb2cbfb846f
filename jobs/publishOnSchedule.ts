import type { PayloadRequest, TaskConfig } from 'payload'

import type { LocaleCode } from '@/i18n/locales'
import { saveGuide } from '@/lib/guides/saveGuide'
import { idFromText, idOf, type ID } from '@/lib/ids'

const slug = 'publishOnSchedule'
const queue = 'publishing'

type ScheduledPublication = {
  action: 'publish' | 'unpublish'
  guide: { id: ID } | ID
  id: ID
  locale: string
  runAt: string
  scheduledBy?: { id: ID } | ID | null
  state: string
}

const record = (req: PayloadRequest, id: number | string, data: Record<string, unknown>) =>
  req.payload.update({
    collection: 'scheduled-publications',
    data,
    depth: 0,
    id,
    overrideAccess: true,
    req,
  })

/**
 * Publishes or unpublishes one locale of a guide when its scheduled change is due, acting as the
 * person who scheduled it (their access applies then, not when they clicked). A change that was
 * cancelled or moved later in the meantime is left alone; its new time has a job of its own.
 */
const handler: TaskConfig['handler'] = async ({ input, req }) => {
  const id = (input as { scheduledPublication: string }).scheduledPublication
  const idType = idFromText(req.payload.db.defaultIDType, id)
  const entry = (await req.payload
    .findByID({
      collection: 'scheduled-publications',
      depth: 0,
      id: idType,
      overrideAccess: true,
      req,
    })
    .catch(() => null)) as ScheduledPublication | null
  if (!entry || entry.state !== 'pending' || new Date(entry.runAt).getTime() > Date.now()) {
    return { output: { ran: false } }
  }

  try {
    const userID = idOf(entry.scheduledBy)
    const user =
      userID === undefined
        ? null
        : await req.payload.findByID({
            collection: 'users',
            depth: 0,
            id: userID,
            overrideAccess: true,
            req,
          })
    if (!user) throw new Error('The person who scheduled this change no longer has an account.')
    await saveGuide({
      data: { _status: entry.action === 'publish' ? 'published' : 'draft' },
      id: idOf(entry.guide) as ID,
      locale: entry.locale as LocaleCode,
      payload: req.payload,
      user: { ...user, collection: 'users' },
    })
    await record(req, entry.id, {
      outcome: `${entry.action === 'publish' ? 'Published' : 'Unpublished'} at ${new Date().toISOString()}.`,
      state: 'done',
    })
    return { output: { ran: true } }
  } catch (error) {
    const verb = entry.action === 'publish' ? 'publish' : 'unpublish'
    await record(req, entry.id, {
      outcome: `Could not ${verb} ${entry.locale}: ${(error as Error).message}`,
      state: 'failed',
    })
    return { output: { ran: false } }
  }
}

export const publishOnScheduleTask = {
  slug,
  handler,
  inputSchema: [{ name: 'scheduledPublication', type: 'text', required: true }],
  label: 'Publish or unpublish a locale on schedule',
  queue,
  retries: 0,
} satisfies TaskConfig & { queue: string }
