import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import { editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { FlattenedField, RichTextField, SanitizedConfig } from 'payload'

export type GuideEditorConfigs = {
  body: SanitizedServerEditorConfig
  faqAnswer: SanitizedServerEditorConfig
  stepBody: SanitizedServerEditorConfig
}

const fieldAt = (fields: readonly FlattenedField[], path: readonly string[]): FlattenedField => {
  const [name, ...rest] = path
  const field = fields.find((candidate) => candidate.name === name)
  if (!field) throw new Error(`Guides have no field ${name}.`)
  if (rest.length === 0) return field
  if (!('flattenedFields' in field)) throw new Error(`Guides field ${name} has no subfields.`)
  return fieldAt(field.flattenedFields, rest)
}

/** The editor configs of the guide's rich-text fields, so converted Markdown uses their features. */
export const guideEditorConfigs = (config: SanitizedConfig): GuideEditorConfigs => {
  const guides = config.collections.find((collection) => collection.slug === 'guides')
  if (!guides) throw new Error('The configuration has no guides collection.')
  const fields = guides.flattenedFields
  const of = (...path: string[]) =>
    editorConfigFactory.fromField({ field: fieldAt(fields, path) as unknown as RichTextField })
  return { body: of('body'), faqAnswer: of('faq', 'answer'), stepBody: of('steps', 'body') }
}
