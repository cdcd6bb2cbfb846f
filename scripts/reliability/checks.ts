import type { Api } from './api'
import { editOf, guideLocales, titlePrefix, type Fixtures, type ID } from './fixtures'
import { keyOf, type Ledger, type ReaderLog } from './workload'

export type Check = { detail: string; name: string; passed: boolean }

const allGuides = (fixtures: Fixtures): ID[] => [
  ...fixtures.sharedGuides,
  ...fixtures.ownGuides,
  ...fixtures.scheduledGuides,
  fixtures.conflictGuide,
]

/** Acknowledged edits whose guide and locale now hold an older edit, in drafts or on the site. */
const findLostEdits = async (api: Api, fixtures: Fixtures, ledger: Ledger) => {
  const lost: string[] = []
  const guides = [...fixtures.sharedGuides, ...fixtures.ownGuides]
  for (const guide of guides) {
    const draft = await api.callUntilAnswered(
      'GET',
      `/api/guides/${guide}?locale=all&depth=0&draft=true`,
      fixtures.superAdmin,
    )
    const published = await api.callUntilAnswered(
      'GET',
      `/api/guides/${guide}?locale=all&depth=0`,
      fixtures.superAdmin,
    )
    for (const writer of fixtures.writers) {
      const key = keyOf(guide, writer.locale)
      const acknowledged = ledger.acknowledged.get(key) ?? 0
      const attempted = ledger.attempted.get(key) ?? 0
      const views = [draft, ...(writer.isDraft ? [] : [published])]
      for (const view of views) {
        const stored = editOf((view.body.summary as Record<string, unknown>)?.[writer.locale])
        if (stored < acknowledged || stored > attempted) {
          lost.push(
            `${key}${view === draft ? '' : ' (published)'}: ${stored}, acknowledged ${acknowledged}`,
          )
        }
      }
    }
  }
  return lost
}

const checkGuidesWhole = async (api: Api, fixtures: Fixtures) => {
  const expected = allGuides(fixtures)
  const listed = await api.callUntilAnswered(
    'GET',
    `/api/guides?where[title][like]=${encodeURIComponent(titlePrefix)}&locale=en&limit=100&depth=0&draft=true`,
    fixtures.superAdmin,
  )
  const problems: string[] = []
  if (listed.body.totalDocs !== expected.length) {
    problems.push(`${String(listed.body.totalDocs)} guides listed, ${expected.length} created`)
  }
  for (const guide of [...fixtures.sharedGuides, ...fixtures.ownGuides]) {
    const draft = await api.callUntilAnswered(
      'GET',
      `/api/guides/${guide}?locale=all&depth=0&draft=true`,
      fixtures.superAdmin,
    )
    const summaries = (draft.body.summary ?? {}) as Record<string, unknown>
    const titles = (draft.body.title ?? {}) as Record<string, unknown>
    for (const locale of guideLocales) {
      if (editOf(summaries[locale]) < 0 || typeof titles[locale] !== 'string') {
        problems.push(`guide ${guide} lost its ${locale} text`)
      }
    }
  }
  return problems
}

const countLatestVersions = async (api: Api, fixtures: Fixtures) => {
  const wrong: string[] = []
  for (const guide of allGuides(fixtures)) {
    const reply = await api.callUntilAnswered(
      'GET',
      `/api/guides/versions?where[parent][equals]=${guide}&where[latest][equals]=true&limit=1&depth=0`,
      fixtures.superAdmin,
    )
    if (reply.body.totalDocs !== 1) wrong.push(`guide ${guide}: ${String(reply.body.totalDocs)}`)
  }
  return wrong
}

/** Waits (up to `timeoutMs`) until every scheduled change is done and its locale published. */
const waitForScheduledChanges = async (
  api: Api,
  fixtures: Fixtures,
  entries: ID[],
  timeoutMs: number,
) => {
  const started = Date.now()
  let pending: string[] = []
  do {
    pending = []
    for (const [index, entry] of entries.entries()) {
      const locale = index === 0 ? 'en' : 'zh-Hans'
      const change = await api.callUntilAnswered(
        'GET',
        `/api/scheduled-publications/${entry}?depth=0`,
        fixtures.superAdmin,
      )
      const guide = await api.callUntilAnswered(
        'GET',
        `/api/guides/${fixtures.scheduledGuides[index]}?locale=all&depth=0`,
        fixtures.superAdmin,
      )
      const status = (guide.body._status ?? {}) as Record<string, unknown>
      if (change.body.state !== 'done' || status[locale] !== 'published') {
        pending.push(`${locale}: ${String(change.body.state)} ${String(change.body.outcome ?? '')}`)
      }
    }
    if (pending.length > 0) await new Promise((resolve) => setTimeout(resolve, 1000))
  } while (pending.length > 0 && Date.now() - started < timeoutMs)
  return pending
}

const summarize = (items: string[], none: string) =>
  items.length === 0 ? none : `${items.length}: ${items.slice(0, 5).join('; ')}`

/** Everything the run promises, each as one named check. */
export const runChecks = async ({
  api,
  conflictOutcomes,
  fixtures,
  kills,
  ledger,
  reader,
  scheduledEntries,
}: {
  api: Api
  conflictOutcomes: string[]
  fixtures: Fixtures
  kills: number
  ledger: Ledger
  reader: ReaderLog
  scheduledEntries: ID[]
}): Promise<{ checks: Check[]; lost: number }> => {
  const lost = await findLostEdits(api, fixtures, ledger)
  const broken = await checkGuidesWhole(api, fixtures)
  const latest = await countLatestVersions(api, fixtures)
  const scheduled = await waitForScheduledChanges(api, fixtures, scheduledEntries, 60_000)
  const errorMessages = ledger.errors.map((error) => `${error.status} ${error.message}`)
  const unexpectedConflicts = conflictOutcomes.filter((outcome) => outcome !== '200+409')
  const checks: Check[] = [
    {
      detail: `${kills} kills, ${ledger.acknowledgedWrites} acknowledged writes, ${ledger.retried} retries after no answer`,
      name: 'should keep writing while the server is killed and restarted',
      passed: kills >= 1 && ledger.acknowledgedWrites > 0,
    },
    {
      detail: summarize(lost, 'none lost'),
      name: 'should keep every acknowledged edit',
      passed: lost.length === 0,
    },
    {
      detail: `${reader.polls} polls, ${summarize(reader.reverts, 'no revert')}`,
      name: 'should never show a language going back to an older edit',
      passed: reader.polls > 0 && reader.reverts.length === 0,
    },
    {
      detail: summarize(errorMessages, 'every edit saved'),
      name: 'should answer every edit with 200 (no "Value must be unique", no 500)',
      passed: errorMessages.length === 0,
    },
    {
      detail: summarize(broken, 'every guide once, every locale present'),
      name: 'should leave no duplicate or half-written guide',
      passed: broken.length === 0,
    },
    {
      detail: summarize(latest, 'one latest version each'),
      name: 'should keep exactly one latest version per guide',
      passed: latest.length === 0,
    },
    {
      detail: summarize(scheduled, 'done and published'),
      name: 'should run the scheduled changes that fell due during the outage',
      passed: scheduled.length === 0,
    },
    {
      detail: `rounds: ${conflictOutcomes.join(', ')}`,
      name: 'should refuse one of two simultaneous saves of one locale with 409',
      passed: conflictOutcomes.length > 0 && unexpectedConflicts.length === 0,
    },
  ]
  return { checks, lost: lost.length }
}
