/**
 * The origins the admin is served from, the only sites whose pages may send cookie-signed writes
 * to the API. ADMIN_ORIGINS lists them, separated by commas (`https://admin.example.net`); without
 * it, the admin on this machine's own port (`http://localhost:$PORT`, `http://127.0.0.1:$PORT`).
 * This module reads the environment only, so the Payload config can import it.
 */
export const adminOrigins = (): string[] => {
  const listed = (process.env.ADMIN_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean)
  if (listed.length > 0) return listed
  const port = process.env.PORT || '3000'
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
}
