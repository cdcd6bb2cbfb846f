import type { Timezone } from 'payload'

/**
 * Time zones a publication can work in and a scheduled change can be entered in: UTC (what
 * History shows) and the zones of the publications' readers.
 */
export const publicationTimeZones: Timezone[] = [
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

export const isPublicationTimeZone = (value: unknown): value is string =>
  publicationTimeZones.some((zone) => zone.value === value)
