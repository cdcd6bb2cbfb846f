import type { AfterErrorHook } from 'payload'

/**
 * Payload parses JSON-valued query parameters (`where=...`, `select=...`) and request bodies
 * without catching a syntax error, so a mangled parameter came back as a 500. It is the client's
 * mistake: answer 400 and say which kind.
 */
export const answerMalformedJSON: AfterErrorHook = ({ error }) => {
  if (!(error instanceof SyntaxError) || !/JSON/.test(error.message)) return
  return {
    response: {
      errors: [{ message: 'The request holds malformed JSON in a parameter or its body.' }],
    },
    status: 400,
  }
}
