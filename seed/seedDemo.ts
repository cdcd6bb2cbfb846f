import type { Payload } from 'payload'

export const seedDemo = async (payload: Payload): Promise<void> => {
  payload.logger.info('Demo seed: nothing yet')
}
