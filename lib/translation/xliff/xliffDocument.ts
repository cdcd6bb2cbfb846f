import { XMLParser, XMLValidator } from 'fast-xml-parser'

import type { Inline } from './inline'

/**
 * XLIFF 2.0 (OASIS, core only) as Roampress writes and reads it. Our own bookkeeping travels in
 * attributes of the `urn:roampress:xliff` namespace, which the standard lets tools carry through.
 */
export const roampressNamespace = 'urn:roampress:xliff'

export type XliffNote = { category?: string; text: string }

export type XliffState = 'initial' | 'translated' | 'reviewed' | 'final'

export type XliffUnit = {
  data: Record<string, string>
  id: string
  name?: string
  notes: XliffNote[]
  source: Inline[]
  sourceHash?: string
  state: XliffState
  /** null: the unit has no target (not translated). */
  target: Inline[] | null
}

export type XliffFile = {
  guideID: string
  original?: string
  revision?: number
  sourceLanguage: string
  targetLanguage: string
  units: XliffUnit[]
}

// ---------------------------------------------------------------------------------------------
// Writing

const escapeText = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const escapeAttribute = (value: string): string =>
  escapeText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;')

const attributes = (values: Record<string, string | number | undefined>): string =>
  Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('')

const writeInline = (content: Inline[], data: Record<string, string>): string =>
  content
    .map((part) => {
      if (part.kind === 'text') return escapeText(part.text)
      if (part.kind === 'pc') {
        const type = part.id.startsWith('l') ? 'link' : 'fmt'
        return `<pc${attributes({ id: part.id, type })}>${writeInline(part.children, data)}</pc>`
      }
      if (part.id.startsWith('b') || part.id.startsWith('t')) {
        const isBreak = part.id.startsWith('b')
        return `<ph${attributes({ id: part.id, subType: isBreak ? 'xlf:lb' : 'xlf:tab', type: 'fmt' })}/>`
      }
      const equiv = part.dataRef ? data[part.dataRef] : undefined
      return `<ph${attributes({ canCopy: 'no', canDelete: 'no', dataRef: part.dataRef, disp: equiv, equiv, id: part.id })}/>`
    })
    .join('')

/** An XLIFF 2.0 document for one guide and one target language. */
export const writeXliff = (file: XliffFile & { fileNotes?: XliffNote[] }): string => {
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>']
  lines.push(
    `<xliff${attributes({
      srcLang: file.sourceLanguage,
      trgLang: file.targetLanguage,
      version: '2.0',
      xmlns: 'urn:oasis:names:tc:xliff:document:2.0',
      'xmlns:rp': roampressNamespace,
    })}>`,
  )
  lines.push(
    `  <file${attributes({ id: `guide-${file.guideID}`, original: file.original, 'rp:guide': file.guideID, 'rp:revision': file.revision })}>`,
  )
  const notes = (list: XliffNote[] | undefined, indent: string) => {
    if (!list || list.length === 0) return
    lines.push(`${indent}<notes>`)
    for (const note of list)
      lines.push(
        `${indent}  <note${attributes({ category: note.category })}>${escapeText(note.text)}</note>`,
      )
    lines.push(`${indent}</notes>`)
  }
  notes(file.fileNotes, '    ')
  for (const unit of file.units) {
    lines.push(
      `    <unit${attributes({ id: unit.id, name: unit.name, 'rp:sourceHash': unit.sourceHash })}>`,
    )
    notes(unit.notes, '      ')
    const dataIDs = Object.keys(unit.data)
    if (dataIDs.length > 0) {
      lines.push('      <originalData>')
      for (const id of dataIDs)
        lines.push(`        <data${attributes({ id })}>${escapeText(unit.data[id])}</data>`)
      lines.push('      </originalData>')
    }
    lines.push(`      <segment${attributes({ state: unit.state })}>`)
    lines.push(`        <source>${writeInline(unit.source, unit.data)}</source>`)
    if (unit.target) lines.push(`        <target>${writeInline(unit.target, unit.data)}</target>`)
    lines.push('      </segment>')
    lines.push('    </unit>')
  }
  lines.push('  </file>', '</xliff>', '')
  return lines.join('\n')
}

// ---------------------------------------------------------------------------------------------
// Reading

/** A file that cannot be read as XLIFF 2.0; the message says why, for the person who sent it. */
export class XliffFormatError extends Error {
  status = 400
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> }

const parser = new XMLParser({
  attributeNamePrefix: '',
  ignoreAttributes: false,
  parseAttributeValue: false,
  parseTagValue: false,
  preserveOrder: true,
  processEntities: true,
  removeNSPrefix: true,
  trimValues: false,
})

const tagOf = (node: OrderedNode): string | undefined =>
  Object.keys(node).find((key) => key !== ':@' && key !== '#text')

const childrenOf = (node: OrderedNode): OrderedNode[] => {
  const tag = tagOf(node)
  const value = tag ? node[tag] : undefined
  return Array.isArray(value) ? (value as OrderedNode[]) : []
}

const attributesOf = (node: OrderedNode): Record<string, string> => node[':@'] ?? {}

const elements = (nodes: OrderedNode[], tag: string): OrderedNode[] =>
  nodes.filter((node) => tagOf(node) === tag)

const textOf = (nodes: OrderedNode[]): string =>
  nodes
    .map((node) =>
      typeof node['#text'] === 'string' || typeof node['#text'] === 'number'
        ? String(node['#text'])
        : textOf(childrenOf(node)),
    )
    .join('')

/**
 * Inline content of a source or target. Markers (`mrk`, `sm`/`em`) other tools add for terms or
 * comments are read through: their text counts, the marker itself is not kept.
 */
const readInline = (nodes: OrderedNode[]): Inline[] =>
  nodes.flatMap((node): Inline[] => {
    if (node['#text'] !== undefined) return [{ kind: 'text', text: String(node['#text']) }]
    const tag = tagOf(node)
    const attrs = attributesOf(node)
    if (tag === 'ph') return [{ dataRef: attrs.dataRef, id: attrs.id ?? '', kind: 'ph' }]
    if (tag === 'pc')
      return [{ children: readInline(childrenOf(node)), id: attrs.id ?? '', kind: 'pc' }]
    if (tag === 'mrk') return readInline(childrenOf(node))
    if (tag === 'sc' || tag === 'ec' || tag === 'sm' || tag === 'em') return []
    throw new XliffFormatError(`<${tag}> is not an inline element of XLIFF 2.0.`)
  })

const states = new Set<XliffState>(['initial', 'translated', 'reviewed', 'final'])

/** The lowest state of a unit's segments: the unit is only as done as its least done part. */
const lowestState = (values: XliffState[]): XliffState => {
  const order: XliffState[] = ['initial', 'translated', 'reviewed', 'final']
  return values.reduce<XliffState>(
    (lowest, state) => (order.indexOf(state) < order.indexOf(lowest) ? state : lowest),
    'final',
  )
}

const readUnit = (unit: OrderedNode): XliffUnit => {
  const attrs = attributesOf(unit)
  if (!attrs.id) throw new XliffFormatError('A <unit> has no id.')
  const children = childrenOf(unit)
  const notes = elements(children, 'notes').flatMap((group) =>
    elements(childrenOf(group), 'note').map((note) => ({
      category: attributesOf(note).category,
      text: textOf(childrenOf(note)),
    })),
  )
  const data: Record<string, string> = {}
  for (const group of elements(children, 'originalData')) {
    for (const item of elements(childrenOf(group), 'data')) {
      const id = attributesOf(item).id
      if (id) data[id] = textOf(childrenOf(item))
    }
  }
  // Segments and ignorables in order; a tool may split a unit into several segments.
  const parts = children.filter((node) => {
    const tag = tagOf(node)
    return tag === 'segment' || tag === 'ignorable'
  })
  if (!parts.some((node) => tagOf(node) === 'segment'))
    throw new XliffFormatError(`Unit "${attrs.id}" has no <segment>.`)
  const source: Inline[] = []
  const target: Inline[] = []
  let hasTarget = false
  const segmentStates: XliffState[] = []
  for (const part of parts) {
    const partChildren = childrenOf(part)
    const sourceNode = elements(partChildren, 'source')[0]
    if (!sourceNode) throw new XliffFormatError(`A segment of unit "${attrs.id}" has no <source>.`)
    const sourceContent = readInline(childrenOf(sourceNode))
    source.push(...sourceContent)
    const targetNode = elements(partChildren, 'target')[0]
    if (tagOf(part) === 'ignorable') {
      target.push(...(targetNode ? readInline(childrenOf(targetNode)) : sourceContent))
      continue
    }
    const state = attributesOf(part).state as XliffState | undefined
    if (state !== undefined && !states.has(state))
      throw new XliffFormatError(`Unit "${attrs.id}" has an unknown segment state "${state}".`)
    if (targetNode) {
      hasTarget = true
      target.push(...readInline(childrenOf(targetNode)))
    }
    segmentStates.push(state ?? (targetNode ? 'translated' : 'initial'))
  }
  return {
    data,
    id: attrs.id,
    name: attrs.name,
    notes,
    source,
    sourceHash: attrs.sourceHash,
    state: lowestState(segmentStates),
    target: hasTarget ? target : null,
  }
}

/** Largest file accepted: a long guide in XLIFF is well under 1 MB. */
export const maxXliffBytes = 2 * 1024 * 1024

/** Reads an XLIFF 2.x document with one <file> for one guide. Throws XliffFormatError. */
export const readXliff = (xml: string): XliffFile => {
  if (!xml.trim()) throw new XliffFormatError('The request has no XLIFF file in its body.')
  if (Buffer.byteLength(xml, 'utf8') > maxXliffBytes)
    throw new XliffFormatError('The XLIFF file is larger than 2 MB.')
  // Entity declarations are how XML bombs and external-entity reads start; XLIFF needs none.
  if (/<!DOCTYPE/i.test(xml)) throw new XliffFormatError('XLIFF files must not have a DOCTYPE.')
  const validation = XMLValidator.validate(xml)
  if (validation !== true) {
    const { line, msg } = validation.err
    throw new XliffFormatError(`The file is not well-formed XML (line ${line}): ${msg}`)
  }
  const document = parser.parse(xml) as OrderedNode[]
  const root = elements(document, 'xliff')[0]
  if (!root) throw new XliffFormatError('The file is not XLIFF: its root element is not <xliff>.')
  const rootAttrs = attributesOf(root)
  if (!/^2\.\d+$/.test(rootAttrs.version ?? ''))
    throw new XliffFormatError(
      `Only XLIFF 2.x is accepted; this file says version "${rootAttrs.version ?? 'none'}".`,
    )
  const files = elements(childrenOf(root), 'file')
  if (files.length !== 1)
    throw new XliffFormatError(`Expected one <file> for one guide, found ${files.length}.`)
  const file = files[0]
  const fileAttrs = attributesOf(file)
  const units: OrderedNode[] = []
  // Units may sit inside <group> elements, as some tools write them.
  const collect = (nodes: OrderedNode[]) => {
    for (const node of nodes) {
      const tag = tagOf(node)
      if (tag === 'unit') units.push(node)
      else if (tag === 'group') collect(childrenOf(node))
    }
  }
  collect(childrenOf(file))
  const revision = fileAttrs.revision === undefined ? undefined : Number(fileAttrs.revision)
  return {
    guideID: fileAttrs.guide ?? '',
    original: fileAttrs.original,
    revision: Number.isInteger(revision) ? revision : undefined,
    sourceLanguage: rootAttrs.srcLang ?? '',
    targetLanguage: rootAttrs.trgLang ?? '',
    units: units.map(readUnit),
  }
}
