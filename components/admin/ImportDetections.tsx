import type { UIFieldServerProps } from 'payload'

import type { DetectedReferences } from '@/lib/import/detectReferences'
import type { FileReport } from '@/lib/import/importGuides'
import './importDetections.css'

type StoredDetections = {
  detected?: DetectedReferences
  file?: string
  importedAt?: string
  language?: FileReport['locale']
}

const labels: Record<keyof DetectedReferences, string> = {
  carriers: 'Carriers',
  country: 'Country',
  simKind: 'SIM kind',
  topic: 'Topic',
}

const valueText = (value: unknown): string => {
  if (value === null || value === undefined) return 'not set: choose it'
  if (Array.isArray(value)) return value.map(valueText).join(', ')
  if (typeof value === 'object')
    return String(
      (value as { code?: string; name?: string }).code ?? (value as { name?: string }).name,
    )
  return String(value)
}

/**
 * Beside the fields of an imported guide: what the import detected and the words that gave it
 * away, so the editor can confirm or change country, carriers, topic and SIM kind.
 */
export function ImportDetections({ data }: UIFieldServerProps) {
  const stored = (data as { importDetections?: StoredDetections } | undefined)?.importDetections
  if (!stored?.detected) return null
  return (
    <section aria-label="Detected on import" className="import-detections">
      <h2 className="import-detections__title">Detected on import</h2>
      <p>
        From {stored.file}
        {stored.importedAt ? ` on ${stored.importedAt.slice(0, 10)}` : ''}. Check each value:
      </p>
      <dl>
        {(Object.keys(labels) as (keyof DetectedReferences)[]).map((key) => {
          const detection = stored.detected?.[key]
          if (!detection) return null
          return (
            <div data-detection={labels[key]} key={key}>
              <dt>{labels[key]}</dt>
              <dd>
                {valueText(detection.value)}
                {detection.evidence.length > 0 && ` ← ${detection.evidence.join(', ')}`}
              </dd>
            </div>
          )
        })}
      </dl>
    </section>
  )
}
