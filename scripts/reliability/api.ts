/** The HTTP side of the reliability run: JSON requests to one server, as its clients send them. */

export type Auth = { Authorization: string } | Record<string, never>

export const anonymous: Auth = {}

export type Reply = { body: Record<string, unknown>; status: number }

/** A request that got no answer: the server was down, restarting or killed while answering. */
export class NoAnswer extends Error {}

export const createApi = (base: string) => {
  const call = async (
    method: 'DELETE' | 'GET' | 'PATCH' | 'POST',
    path: string,
    auth: Auth,
    body?: unknown,
  ): Promise<Reply> => {
    let response: Response
    try {
      response = await fetch(`${base}${path}`, {
        body: body === undefined ? undefined : JSON.stringify(body),
        headers: { 'Content-Type': 'application/json', ...auth },
        method,
        signal: AbortSignal.timeout(20_000),
      })
    } catch (error) {
      throw new NoAnswer((error as Error).message)
    }
    const text = await response.text().catch(() => '')
    let parsed: Record<string, unknown> = {}
    try {
      parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {}
    } catch {
      parsed = { text }
    }
    return { body: parsed, status: response.status }
  }

  /** Retries a call that got no answer until the server is back; any answer is returned. */
  const callUntilAnswered = async (
    method: 'GET' | 'PATCH' | 'POST',
    path: string,
    auth: Auth,
    body?: unknown,
    onRetry?: () => void,
  ): Promise<Reply> => {
    for (;;) {
      try {
        return await call(method, path, auth, body)
      } catch (error) {
        if (!(error instanceof NoAnswer)) throw error
        onRetry?.()
        await new Promise((resolve) => setTimeout(resolve, 300))
      }
    }
  }

  const login = async (email: string, password: string): Promise<Auth> => {
    const reply = await callUntilAnswered('POST', '/api/users/login', anonymous, {
      email,
      password,
    })
    if (reply.status !== 200) throw new Error(`Login as ${email} failed: ${reply.status}`)
    return { Authorization: `JWT ${reply.body.token as string}` }
  }

  return { call, callUntilAnswered, login }
}

export type Api = ReturnType<typeof createApi>

/** The first error message of a Payload error reply. */
export const messageOf = (reply: Reply): string =>
  ((reply.body.errors as { message?: string }[] | undefined)?.[0]?.message ?? '').slice(0, 200)
