'use client'

import { useState, type DragEvent, type FormEvent } from 'react'

import type { FileReport, ImportReport } from '@/lib/import/importGuides'
import { ImportReportTable } from './ImportReportTable'

export type ImportPublication = {
  id: string
  locales: { code: string; label: string }[]
  name: string
  slug: string
}

type Props = { adminRoute: string; apiRoute: string; publications: ImportPublication[] }

/** Files, publication and language; a dry run first, then the import of exactly that choice. */
export function ImportForm({ adminRoute, apiRoute, publications }: Props) {
  const [files, setFiles] = useState<File[]>([])
  const [tenant, setTenant] = useState(publications[0]?.slug ?? '')
  const [locale, setLocale] = useState('')
  const [report, setReport] = useState<ImportReport | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [isBusy, setBusy] = useState(false)
  const publication = publications.find((candidate) => candidate.slug === tenant)

  const choose = (chosen: File[]) => {
    setFiles(chosen)
    setReport(null)
  }

  const send = async (dryRun: boolean) => {
    setBusy(true)
    setError(null)
    const body = new FormData()
    files.forEach((file) => body.append('files', file, file.name))
    body.append('tenant', tenant)
    if (locale) body.append('locale', locale)
    body.append('dryRun', String(dryRun))
    try {
      const response = await fetch(`${apiRoute}/guides/import`, {
        body,
        credentials: 'include',
        method: 'POST',
      })
      const json = await response.json()
      if (!response.ok) {
        setError(json.errors?.[0]?.message ?? `The import failed (${response.status}).`)
        setReport(null)
      } else setReport(json as ImportReport)
    } catch {
      setError('The server could not be reached.')
    } finally {
      setBusy(false)
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    void send(true)
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    choose([...event.dataTransfer.files])
  }

  const isDryRunShown = report?.dryRun === true
  const canImport =
    isDryRunShown && report.files.some((file: FileReport) => file.status.startsWith('would'))

  return (
    <form className="import__form" onSubmit={onSubmit}>
      <label
        className="import__drop"
        onDragOver={(event) => event.preventDefault()}
        onDrop={onDrop}
      >
        <span>Drop .md or .zip files here, or choose them</span>
        <input
          accept=".md,.markdown,.zip"
          multiple
          name="files"
          onChange={(event) => choose([...(event.target.files ?? [])])}
          type="file"
        />
        {files.length > 0 && (
          <ul className="import__files">
            {files.map((file) => (
              <li key={file.name}>{file.name}</li>
            ))}
          </ul>
        )}
      </label>
      <div className="import__choices">
        <label>
          Publication
          <select
            name="tenant"
            onChange={(event) => {
              setTenant(event.target.value)
              setLocale('')
              setReport(null)
            }}
            value={tenant}
          >
            {publications.map((option) => (
              <option key={option.slug} value={option.slug}>
                {option.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Language
          <select
            name="locale"
            onChange={(event) => {
              setLocale(event.target.value)
              setReport(null)
            }}
            value={locale}
          >
            <option value="">Detect from the text</option>
            {publication?.locales.map((option) => (
              <option key={option.code} value={option.code}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="import__actions">
        <button
          className="btn btn--style-secondary"
          disabled={isBusy || files.length === 0}
          type="submit"
        >
          Check (dry run)
        </button>
        <button
          className="btn btn--style-primary"
          disabled={isBusy || !canImport}
          onClick={() => void send(false)}
          type="button"
        >
          Import
        </button>
      </div>
      {error && (
        <p className="import__error" role="alert">
          {error}
        </p>
      )}
      {report && <ImportReportTable adminRoute={adminRoute} report={report} />}
    </form>
  )
}
