import type { CollectionBeforeOperationHook } from 'payload'

import { ValidationError } from 'payload'

/**
 * A valid image can carry an HTML page or script after its image data (a polyglot): harmless as
 * an image, dangerous wherever a browser or another tool takes it for HTML. Images never need
 * such text, so an upload that contains it is refused before anything is stored.
 */
const markup = /<(?:!doctype|html|head|body|script|iframe|svg|object|embed|meta|img\s|a\s)/i

export const refuseMarkupInImages: CollectionBeforeOperationHook<'media'> = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = req.file?.data
  if (!data) return args
  if (markup.test(data.toString('latin1'))) {
    throw new ValidationError({
      collection: 'media',
      errors: [
        {
          message:
            'This file contains HTML or script and was refused; export the image again from an image editor.',
          path: 'file',
        },
      ],
    })
  }
  return args
}
