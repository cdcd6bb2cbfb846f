/** Options shared by the guide schema and the reader site's topic pages. */
export type GuideTopicValue =
  'activate' | 'cancel' | 'check-balance' | 'data-plans' | 'port-number' | 'roaming' | 'top-up'

export const guideTopics: { label: string; value: GuideTopicValue }[] = [
  { label: 'Activate', value: 'activate' },
  { label: 'Top up', value: 'top-up' },
  { label: 'Check balance', value: 'check-balance' },
  { label: 'Cancel', value: 'cancel' },
  { label: 'Port a number', value: 'port-number' },
  { label: 'Roaming', value: 'roaming' },
  { label: 'Data plans', value: 'data-plans' },
]

export const isGuideTopic = (value: string): value is GuideTopicValue =>
  guideTopics.some((topic) => topic.value === value)

export const simKinds = [
  { label: 'Physical SIM', value: 'physical' },
  { label: 'eSIM', value: 'esim' },
  { label: 'Physical SIM or eSIM', value: 'both' },
]
