import type { FileReport, ImportReport } from '@/lib/import/importGuides'

const statusLabels: Record<FileReport['status'], string> = {
  conflict: 'Conflict: edited since the last import',
  created: 'Created as a draft',
  error: 'Not imported',
  unchanged: 'Unchanged',
  updated: 'Draft updated',
  'would create': 'Would create a draft',
  'would update': 'Would update the draft',
}

const show = (value: unknown): string => {
  if (value === null || value === undefined) return 'not set'
  if (Array.isArray(value)) return value.map(show).join(', ')
  if (typeof value === 'object')
    return String(
      (value as { name?: string; code?: string }).name ?? (value as { code?: string }).code,
    )
  return String(value)
}

function Detections({ entry }: { entry: FileReport }) {
  const rows = [
    [
      'Language',
      entry.locale?.value ?? null,
      entry.locale?.evidence ?? [],
      entry.locale?.reason ?? '',
    ],
    ...Object.entries(entry.detected ?? {}).map(([name, detection]) => [
      { carriers: 'Carriers', country: 'Country', simKind: 'SIM kind', topic: 'Topic' }[name] ??
        name,
      detection.value,
      detection.evidence,
      detection.reason,
    ]),
  ] as [string, unknown, string[], string][]
  return (
    <dl className="import__detections">
      {rows.map(([label, value, evidence, reason]) => (
        <div key={label} data-detection={label}>
          <dt>{label}</dt>
          <dd>
            <strong>{show(value)}</strong>
            {evidence.length > 0 && (
              <span className="import__evidence"> ← {evidence.join(', ')}</span>
            )}
            <span className="import__reason"> ({reason})</span>
          </dd>
        </div>
      ))}
    </dl>
  )
}

/** The per-file report of a dry run or an import: what was found, detected and done. */
export function ImportReportTable({
  adminRoute,
  report,
}: {
  adminRoute: string
  report: ImportReport
}) {
  return (
    <section aria-label="Import report" className="import__report">
      <h2>{report.dryRun ? 'Dry run: nothing was stored yet' : 'Import finished'}</h2>
      {report.files.map((entry) => (
        <article className="import__file" data-status={entry.status} key={entry.file}>
          <h3>
            {entry.file}: <span className="import__status">{statusLabels[entry.status]}</span>
          </h3>
          {entry.message && <p className="import__message">{entry.message}</p>}
          {entry.title && (
            <p>
              {entry.guideID !== undefined && !report.dryRun ? (
                <a
                  href={`${adminRoute}/collections/guides/${entry.guideID}${entry.locale?.value ? `?locale=${entry.locale.value}` : ''}`}
                >
                  {entry.title}
                </a>
              ) : (
                <strong>{entry.title}</strong>
              )}{' '}
              · {entry.slug} · {entry.steps} steps · {entry.faq} questions
            </p>
          )}
          {entry.summary && <p className="import__summary">{entry.summary}</p>}
          {(entry.detected || entry.locale) && <Detections entry={entry} />}
          {(entry.links?.length ?? 0) + (entry.images?.length ?? 0) > 0 && (
            <ul className="import__links">
              {entry.links?.map((link, index) => (
                <li data-action={link.action} key={`link-${index}`}>
                  Line {link.line}: link <code>{link.url}</code> {link.action} ({link.reason})
                </li>
              ))}
              {entry.images?.map((image, index) => (
                <li data-action={image.action} key={`image-${index}`}>
                  Line {image.line}: image <code>{image.url}</code> {image.action} ({image.reason})
                </li>
              ))}
            </ul>
          )}
        </article>
      ))}
    </section>
  )
}
