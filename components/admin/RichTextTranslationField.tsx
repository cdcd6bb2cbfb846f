'use client'

import type { ReactElement } from 'react'

import { RenderLexical } from '@payloadcms/richtext-lexical/client'
import { useEffect, useRef, useState } from 'react'

import { markPending, markSettled } from './pendingRichTextEdits'

type EditorValue = Parameters<typeof RenderLexical>[0]['value']

/**
 * Payload's editor takes its direction from the admin's content locale, not from the language
 * being translated into, and names its text box after nothing: the translation's language,
 * direction and the field's name are set on the editor whenever Payload (re)draws it.
 */
const useEditorAttributes = (
  wrapper: React.RefObject<HTMLDivElement | null>,
  { dir, label, lang }: { dir: 'ltr' | 'rtl'; label: string; lang: string },
) => {
  useEffect(() => {
    const element = wrapper.current
    if (!element) return
    const apply = () => {
      for (const container of element.querySelectorAll('.editor-container'))
        container.setAttribute('dir', dir)
      for (const box of element.querySelectorAll('[contenteditable]')) {
        box.setAttribute('dir', dir)
        box.setAttribute('lang', lang)
        box.setAttribute('aria-label', label)
      }
    }
    apply()
    const observer = new MutationObserver(apply)
    observer.observe(element, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [wrapper, dir, label, lang])
}

/**
 * One rich-text field of the translation, edited in Payload's own Lexical field for that guide
 * field (its schema path), so the toolbar, features and nodes are the admin's. Once the person
 * changes it, its Lexical JSON goes with the form as `richText:<path>`; an untouched field sends
 * nothing and so stays exactly as stored. Until the editor is loaded (and without JavaScript) the
 * stored text is shown formatted.
 */
export function RichTextTranslationField({
  dir,
  initialValue,
  label,
  lang,
  path,
  preview,
  schemaPath,
}: {
  dir: 'ltr' | 'rtl'
  initialValue: unknown
  label: string
  lang: string
  path: string
  preview: ReactElement
  schemaPath: string
}) {
  const [value, setValue] = useState<EditorValue>((initialValue ?? undefined) as EditorValue)
  const [isEdited, setIsEdited] = useState(false)
  const wrapper = useRef<HTMLDivElement>(null)
  useEditorAttributes(wrapper, { dir, label, lang })
  const onActed = () => markPending(path)
  return (
    <div
      className="translate__rich"
      data-testid={`editor-${path}`}
      dir={dir}
      lang={lang}
      onInputCapture={onActed}
      onKeyDownCapture={onActed}
      onPointerUpCapture={onActed}
      ref={wrapper}
    >
      <RenderLexical
        Loading={preview}
        initialValue={(initialValue ?? undefined) as EditorValue}
        path={path}
        schemaPath={schemaPath}
        setValue={(next) => {
          setValue(next as EditorValue)
          setIsEdited(true)
          markSettled(path)
        }}
        value={value}
      />
      {isEdited && (
        <input name={`richText:${path}`} type="hidden" value={JSON.stringify(value ?? null)} />
      )}
    </div>
  )
}
