import type { DateFieldValidation, Timezone } from 'payload'

/**
 * Time zones a scheduled change can be entered in: UTC (what History shows) and the zones of the
 * publications' readers. The picker shows the chosen zone beside the time.
 */
export const scheduleTimeZones: Timezone[] = [
  { label: 'UTC', value: 'UTC' },
  { label: 'Pakistan (Karachi)', value: 'Asia/Karachi' },
  { label: 'China (Shanghai)', value: 'Asia/Shanghai' },
  { label: 'Taiwan (Taipei)', value: 'Asia/Taipei' },
  { label: 'Hong Kong', value: 'Asia/Hong_Kong' },
  { label: 'Mexico (Mexico City)', value: 'America/Mexico_City' },
  { label: 'Peru (Lima)', value: 'America/Lima' },
  { label: 'US Eastern (New York)', value: 'America/New_York' },
  { label: 'Spain (Madrid)', value: 'Europe/Madrid' },
  { label: 'UK (London)', value: 'Europe/London' },
]

/**
 * A pending change must lie in the future; the message shows under the field in the admin. A
 * change already done, failed or cancelled keeps its time.
 */
export const validateRunAt: DateFieldValidation = (value, { previousValue, siblingData }) => {
  if (!value) return 'Choose when the change should happen.'
  const state = (siblingData as { state?: string } | undefined)?.state ?? 'pending'
  const isMoved = !previousValue || new Date(previousValue).getTime() !== new Date(value).getTime()
  if (state === 'pending' && isMoved && new Date(value).getTime() <= Date.now())
    return 'Choose a time in the future.'
  return true
}
