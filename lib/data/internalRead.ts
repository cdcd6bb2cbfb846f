/**
 * The context key of a read the server makes for its own bookkeeping (translation state, jobs),
 * never on behalf of a reader: such a read sees every locale, published or not. Context is set
 * only by server code, never from a request.
 */
export const internalReadContext = 'internalRead'
