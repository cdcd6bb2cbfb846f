'use client'

import { useEffect, useRef } from 'react'

import { hasPendingEdits, whenSettled } from './pendingRichTextEdits'

/** Resolves once React has drawn the hidden inputs of values handed over just before. */
const nextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))

/**
 * Holds back a submit of the surrounding form while a rich-text editor still has to hand over
 * what was just typed, then sends it with the same button (and so to the same endpoint).
 */
export function RichTextSubmitGuard() {
  const marker = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    const form = marker.current?.closest('form')
    if (!form) return
    let isResending = false
    const onSubmit = (event: SubmitEvent) => {
      if (isResending || !hasPendingEdits()) return
      event.preventDefault()
      const submitter = event.submitter instanceof HTMLElement ? event.submitter : null
      void whenSettled()
        .then(nextPaint)
        .then(() => {
          isResending = true
          form.requestSubmit(submitter)
          isResending = false
        })
    }
    form.addEventListener('submit', onSubmit)
    return () => form.removeEventListener('submit', onSubmit)
  }, [])
  return <span hidden ref={marker} />
}
