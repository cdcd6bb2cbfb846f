import type { PayloadRequest } from 'payload'

/**
 * Runs a Local API call that shares the request (and so its transaction) without letting it
 * change the request's locale: Payload's createLocalReq reassigns `req.locale` and
 * `req.fallbackLocale` on the request it is given, so a look-up with `locale: 'all'` inside a hook
 * would otherwise make the rest of the save write to the wrong locale. It also replaces
 * `req.context` when the call passes a context of its own, which must not outlive the call.
 */
export const withinRequest = async <T>(req: PayloadRequest, call: () => Promise<T>): Promise<T> => {
  const { context, fallbackLocale, locale } = req
  try {
    return await call()
  } finally {
    req.context = context
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
