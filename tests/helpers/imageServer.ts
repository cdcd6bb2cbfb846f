import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import sharp from 'sharp'

export type ImageServer = { close: () => Promise<void>; url: (path: string) => string }

/**
 * A local stand-in for an image host: `/photo.png` answers a small PNG, every other path 404.
 * The machine running the tests has no internet, and the import must not need it.
 */
export const startImageServer = async (): Promise<ImageServer> => {
  const png = await sharp({
    create: { background: '#0f766e', channels: 3, height: 40, width: 60 },
  })
    .png()
    .toBuffer()
  const server: Server = createServer((request, response) => {
    if (request.url === '/photo.png') {
      response.writeHead(200, { 'content-type': 'image/png' }).end(png)
      return
    }
    response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    close: () => new Promise((resolve) => server.close(() => resolve())),
    url: (path) => `http://127.0.0.1:${port}${path}`,
  }
}
