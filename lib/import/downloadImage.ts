import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'

export type DownloadedImage = { data: Buffer; mimetype: string; name: string }
export type ImageDownload = { image: DownloadedImage; ok: true } | { ok: false; reason: string }

export const maxImageBytes = 5 * 1024 * 1024
const timeoutMs = 10_000

/** The image types Media accepts, told apart by their first bytes rather than a server's claim. */
const sniffers: { extension: string; mimetype: string; test: (bytes: Buffer) => boolean }[] = [
  {
    extension: 'png',
    mimetype: 'image/png',
    test: (b) =>
      b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    extension: 'jpg',
    mimetype: 'image/jpeg',
    test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  },
  {
    extension: 'gif',
    mimetype: 'image/gif',
    test: (b) => b.subarray(0, 4).toString('latin1') === 'GIF8',
  },
  {
    extension: 'webp',
    mimetype: 'image/webp',
    test: (b) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' &&
      b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
  {
    extension: 'avif',
    mimetype: 'image/avif',
    test: (b) => b.subarray(4, 12).toString('latin1') === 'ftypavif',
  },
]

const isPrivateAddress = (address: string): boolean =>
  /^(127\.|10\.|192\.168\.|169\.254\.|172\.(1[6-9]|2\d|3[01])\.|0\.|::1$|f[cd]|fe80:|::ffff:(127|10|192\.168)\.)/i.test(
    address,
  )

/**
 * The server fetches addresses taken from an uploaded file, so by default it refuses hosts on
 * this machine or the private network. Tests serve images locally and allow that with
 * IMPORT_ALLOW_PRIVATE_IMAGE_HOSTS=true.
 */
const refusesHost = async (hostname: string): Promise<boolean> => {
  if (process.env.IMPORT_ALLOW_PRIVATE_IMAGE_HOSTS === 'true') return false
  const host = hostname.replace(/^\[|\]$/g, '')
  const addresses = isIP(host)
    ? [host]
    : (await lookup(host, { all: true })).map((entry) => entry.address)
  return addresses.some(isPrivateAddress)
}

const fileNameOf = (url: URL, extension: string) => {
  const base = decodeURIComponent(url.pathname.split('/').pop() ?? '')
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .slice(0, 80)
  return `${base || 'imported-image'}.${extension}`
}

/** Downloads a hot-linked image: http(s) only, bounded in time and size, a real image type. */
export const downloadImage = async (address: string): Promise<ImageDownload> => {
  let url: URL
  try {
    url = new URL(address)
  } catch {
    return { ok: false, reason: 'not an absolute address' }
  }
  if (!/^https?:$/.test(url.protocol))
    return { ok: false, reason: `${url.protocol} images are not downloaded` }
  try {
    if (await refusesHost(url.hostname))
      return { ok: false, reason: 'the host is on a private network' }
    const response = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(timeoutMs) })
    if (!response.ok) return { ok: false, reason: `the server answered ${response.status}` }
    const declared = Number(response.headers.get('content-length') ?? 0)
    if (declared > maxImageBytes) return { ok: false, reason: 'larger than 5 MB' }
    const data = Buffer.from(await response.arrayBuffer())
    if (data.length > maxImageBytes) return { ok: false, reason: 'larger than 5 MB' }
    const kind = sniffers.find((sniffer) => sniffer.test(data))
    if (!kind) return { ok: false, reason: 'not a JPEG, PNG, WebP, AVIF or GIF image' }
    return {
      image: { data, mimetype: kind.mimetype, name: fileNameOf(url, kind.extension) },
      ok: true,
    }
  } catch (error) {
    return { ok: false, reason: `download failed (${(error as Error).message})` }
  }
}
