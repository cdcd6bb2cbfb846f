/**
 * The web server runs due jobs itself unless RUN_JOBS_IN_SERVER=false: a deployment with several
 * servers turns it off and runs one worker (`npm run jobs:worker`) instead, so each job runs once.
 */
export const shouldRunJobsInServer = (): boolean => process.env.RUN_JOBS_IN_SERVER !== 'false'
