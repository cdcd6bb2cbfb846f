export const defaultReviewIntervalDays = 180

const dayMs = 24 * 60 * 60 * 1000

/** The moment before which a guide last verified counts as due for review. */
export const reviewCutoff = (intervalDays: number, now: Date = new Date()): Date =>
  new Date(now.getTime() - intervalDays * dayMs)

/** A guide never verified, or verified longer ago than the interval, is due for review. */
export const isReviewDue = (
  lastVerified: string | null | undefined,
  intervalDays: number,
  now: Date = new Date(),
): boolean => !lastVerified || new Date(lastVerified) < reviewCutoff(intervalDays, now)
