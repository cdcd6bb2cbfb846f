import { messageOf, NoAnswer, type Api } from './api'
import { editOf, guideLocales, summaryFor, type Fixtures, type ID, type Writer } from './fixtures'

/** Every edit a server acknowledged (HTTP 200), and every answer that was neither 200 nor expected. */
export type Ledger = {
  /** `<guide>|<locale>` -> the highest edit number acknowledged. */
  acknowledged: Map<string, number>
  acknowledgedWrites: number
  /** `<guide>|<locale>` -> the highest edit number sent (acknowledged or not). */
  attempted: Map<string, number>
  errors: { message: string; status: number }[]
  /** Edits re-sent because the first try got no answer (the server was down). */
  retried: number
}

export const keyOf = (guide: ID, locale: string) => `${guide}|${locale}`

export const createLedger = (): Ledger => ({
  acknowledged: new Map(),
  acknowledgedWrites: 0,
  attempted: new Map(),
  errors: [],
  retried: 0,
})

/**
 * One writer: numbered edits of its locale, in turn on the shared guides and its own guide, until
 * `isDone()`. An edit that got no answer is sent again, unchanged, until one comes: the server
 * may or may not have saved it before it died, and either way it must end up saved once.
 */
export const runWriter = async ({
  api,
  guides,
  isDone,
  ledger,
  writer,
}: {
  api: Api
  guides: ID[]
  isDone: () => boolean
  ledger: Ledger
  writer: Writer
}) => {
  for (let turn = 0; !isDone(); turn += 1) {
    const guide = guides[turn % guides.length]
    const key = keyOf(guide, writer.locale)
    const edit = (ledger.attempted.get(key) ?? 0) + 1
    ledger.attempted.set(key, edit)
    const query = `locale=${writer.locale}&depth=0${writer.isDraft ? '&draft=true' : ''}`
    const reply = await api.callUntilAnswered(
      'PATCH',
      `/api/guides/${guide}?${query}`,
      writer.auth,
      {
        ...(writer.isDraft ? {} : { _status: 'published' }),
        summary: summaryFor(guide, writer.locale, edit),
      },
      () => {
        ledger.retried += 1
      },
    )
    if (reply.status === 200) {
      ledger.acknowledged.set(key, edit)
      ledger.acknowledgedWrites += 1
    } else {
      ledger.errors.push({ message: messageOf(reply), status: reply.status })
    }
  }
}

/** What readers saw: how often a value went back to an older edit. */
export type ReaderLog = { polls: number; reverts: string[] }

/**
 * A reader polling the shared guides in every locale at once: anonymously (published values) and
 * as a super-admin (latest drafts). Edit numbers of one guide and locale may only grow.
 */
export const runReader = async ({
  api,
  fixtures,
  isDone,
}: {
  api: Api
  fixtures: Fixtures
  isDone: () => boolean
}): Promise<ReaderLog> => {
  const log: ReaderLog = { polls: 0, reverts: [] }
  const highest = new Map<string, number>()
  const views = [
    { auth: {}, name: 'published', query: 'locale=all&depth=0' },
    { auth: fixtures.superAdmin, name: 'draft', query: 'locale=all&depth=0&draft=true' },
  ]
  while (!isDone()) {
    for (const guide of fixtures.sharedGuides) {
      for (const view of views) {
        let reply
        try {
          reply = await api.call('GET', `/api/guides/${guide}?${view.query}`, view.auth)
        } catch (error) {
          if (!(error instanceof NoAnswer)) throw error
          await new Promise((resolve) => setTimeout(resolve, 300))
          continue
        }
        if (reply.status !== 200) continue
        log.polls += 1
        const summaries = (reply.body.summary ?? {}) as Record<string, unknown>
        for (const locale of guideLocales) {
          const edit = editOf(summaries[locale])
          const key = `${view.name}|${keyOf(guide, locale)}`
          const before = highest.get(key) ?? 0
          if (edit < before) {
            log.reverts.push(
              `${key}: ${before} -> ${edit} (${JSON.stringify(reply.body).slice(0, 300)})`,
            )
          }
          highest.set(key, Math.max(before, edit))
        }
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return log
}

/**
 * Two editors who opened the same guide at the same revision both save the same locale at the
 * same moment: one save may succeed, the other must be refused (409) naming the first.
 */
export const runConflictRounds = async (api: Api, fixtures: Fixtures, rounds: number) => {
  const outcomes: string[] = []
  for (let round = 1; round <= rounds; round += 1) {
    const opened = await api.callUntilAnswered(
      'GET',
      `/api/guides/${fixtures.conflictGuide}?locale=en&depth=0&draft=true`,
      fixtures.editors[0],
    )
    const editRevision = opened.body.editRevision as number
    const replies = await Promise.all(
      fixtures.editors.map((auth, index) =>
        api.callUntilAnswered(
          'PATCH',
          `/api/guides/${fixtures.conflictGuide}?locale=en&depth=0&draft=true`,
          auth,
          { editRevision, summary: `conflict round ${round} by editor ${index + 1}` },
        ),
      ),
    )
    outcomes.push(
      replies
        .map((reply) => reply.status)
        .sort()
        .join('+'),
    )
  }
  return outcomes
}
