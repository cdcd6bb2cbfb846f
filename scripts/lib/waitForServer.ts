/** Polls a URL once a second, printing a dot each time, until it answers 2xx or five minutes pass. */
export const waitForServer = async (url: string, label: string): Promise<void> => {
  const started = Date.now()
  process.stdout.write(label)
  while (Date.now() - started < 300_000) {
    try {
      const response = await fetch(url)
      if (response.ok) {
        process.stdout.write(' done.\n')
        return
      }
    } catch {
      // Not listening yet.
    }
    process.stdout.write('.')
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`The server did not answer ${url} within five minutes.`)
}
