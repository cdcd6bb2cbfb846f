/**
 * The web server runs due jobs itself unless RUN_JOBS_IN_SERVER=false: a deployment with several
 * servers turns it off and lets one cron call `/api/payload-jobs/run` instead (see README).
 */
export const shouldRunJobsInServer = (): boolean => process.env.RUN_JOBS_IN_SERVER !== 'false'
