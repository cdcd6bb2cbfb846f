import { Fragment } from 'react'

import { splitForBidi } from '@/lib/translation/protectedTokens'

/**
 * Plain text with USSD codes, numbers and prices isolated left-to-right, so on an Urdu page
 * `*123#` never turns into `#123*`. Other directions render the text unchanged.
 */
export function BidiText({ isRtl, text }: { isRtl: boolean; text: string }) {
  if (!isRtl) return <>{text}</>
  return (
    <>
      {splitForBidi(text).map((part, index) =>
        part.isToken ? (
          <bdi key={index} dir="ltr">
            {part.text}
          </bdi>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  )
}
