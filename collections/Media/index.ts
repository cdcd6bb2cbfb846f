import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyoneAccess } from '@/access/anyone'
import { contentManagerAccess, contentManagerCreateAccess } from '@/access/tenantScopedAccess'
import { translatorOrManagerUpdateAccess } from '@/access/translatorOrManagerUpdateAccess'
import { revalidateDeletedMedia, revalidateMedia } from './hooks/revalidateMedia'
import { refuseMarkupInImages } from './hooks/refuseMarkupInImages'
import { mediaFileResponseHeaders, missingMediaFileHandler } from './mediaFileHandlers'

const staticDir = process.env.MEDIA_DIR || path.join(process.cwd(), 'data', 'media')

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  access: {
    create: contentManagerCreateAccess,
    delete: contentManagerAccess,
    // Images are embedded in public pages; the file URLs are public either way.
    read: anyoneAccess,
    update: translatorOrManagerUpdateAccess,
  },
  admin: {
    defaultColumns: ['filename', 'alt', 'updatedAt'],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      admin: { description: 'What the image shows, for readers who cannot see it.' },
      label: 'Alt text',
      localized: true,
      required: true,
    },
  ],
  hooks: {
    afterChange: [revalidateMedia],
    afterDelete: [revalidateDeletedMedia],
    beforeOperation: [refuseMarkupInImages],
  },
  upload: {
    adminThumbnail: 'card',
    focalPoint: true,
    handlers: [missingMediaFileHandler(staticDir)],
    imageSizes: [
      { name: 'card', height: 360, position: 'centre', width: 640 },
      { name: 'og', height: 630, position: 'centre', width: 1200 },
    ],
    // SVG is left out on purpose: it can carry scripts.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    modifyResponseHeaders: mediaFileResponseHeaders,
    staticDir,
  },
}
