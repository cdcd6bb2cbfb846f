/**
 * Next's cache values hold Buffers (route bodies, RSC payloads) and Maps (segment data), which
 * JSON alone would turn into plain objects. They are written as tagged objects and revived.
 */
type Tagged = { $buffer: string } | { $map: [unknown, unknown][] }

export const encodeCacheValue = (value: unknown): string =>
  JSON.stringify(value, function (this: Record<string, unknown>, key, replaced) {
    // `this[key]` is the value before Buffer.prototype.toJSON ran.
    const original = this[key]
    if (Buffer.isBuffer(original)) return { $buffer: original.toString('base64') }
    if (original instanceof Uint8Array) return { $buffer: Buffer.from(original).toString('base64') }
    if (original instanceof Map) return { $map: [...original.entries()] }
    return replaced
  })

export const decodeCacheValue = (text: string): unknown =>
  JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const tagged = value as Tagged
      if ('$buffer' in tagged && typeof tagged.$buffer === 'string') {
        return Buffer.from(tagged.$buffer, 'base64')
      }
      if ('$map' in tagged && Array.isArray(tagged.$map)) return new Map(tagged.$map)
    }
    return value
  })
