const entities: Record<string, string> = {
  '"': '&quot;',
  '&': '&amp;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
}

export const escapeXml = (value: string): string =>
  value.replace(/[<>&'"]/g, (char) => entities[char])
