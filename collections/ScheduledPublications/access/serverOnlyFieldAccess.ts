import type { FieldAccess } from 'payload'

/**
 * Who scheduled a change (the job acts as them) and how it went are written by the server only:
 * its hooks and the job, which run with access overridden. A value sent by anyone is dropped.
 */
export const serverOnlyFieldAccess: FieldAccess = () => false

/** States a person may choose; done and failed are the job's verdict. */
const personStates = ['pending', 'cancelled']

/** A person may leave the state as it is, or move a change between pending and cancelled. */
export const scheduleStateFieldAccess: FieldAccess = ({ data, doc }) =>
  data?.state === undefined || data.state === doc?.state || personStates.includes(data.state)
