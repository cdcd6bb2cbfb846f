/** A request-level refusal (unknown publication or locale, no permission) with its HTTP status. */
export class ImportRefused extends Error {
  readonly status: number

  constructor(status: number, message: string) {
    super(message)
    this.name = 'ImportRefused'
    this.status = status
  }
}
