/** Runs once when the Next.js server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { shouldRunJobsInServer } = await import('./jobs/shouldRunJobsInServer')
  if (!shouldRunJobsInServer()) return
  const { startRunningDueJobs } = await import('./jobs/runDueJobsInServer')
  startRunningDueJobs()
}
