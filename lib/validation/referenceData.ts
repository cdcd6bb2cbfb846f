import { isoCountryCodes } from './isoCountryCodes'

/** Each validator returns an error message a person can act on, or true when the value is fine. */
export type ValidationResult = string | true

export const validateCountryCode = (value: unknown): ValidationResult => {
  if (typeof value !== 'string' || !/^[A-Z]{2}$/.test(value)) {
    return 'Use the two capital letters of ISO 3166-1 alpha-2, for example PK or US.'
  }
  return isoCountryCodes.has(value) ? true : `${value} is not an assigned ISO 3166-1 country code.`
}

export const validateCallingCode = (value: unknown): ValidationResult => {
  if (value === undefined || value === null || value === '') return true
  return typeof value === 'string' && /^\+\d{1,4}$/.test(value)
    ? true
    : 'Write the calling code as + followed by 1 to 4 digits, for example +92.'
}

export const validateMobileCountryCode = (value: unknown): ValidationResult =>
  typeof value === 'string' && /^\d{3}$/.test(value)
    ? true
    : `"${String(value)}" is not a mobile country code: use exactly three digits, for example 410.`

/** MCC-MNC pairs are written with a hyphen: 410-01 (two-digit MNC) or 310-260 (three digits). */
export const validateMccMnc = (value: unknown): ValidationResult =>
  typeof value === 'string' && /^\d{3}-\d{2,3}$/.test(value)
    ? true
    : `"${String(value)}" is not an MCC-MNC code: write three digits, a hyphen and two or three digits, for example 410-01.`

export const validateDomain = (value: unknown): ValidationResult =>
  typeof value === 'string' &&
  value.length <= 253 &&
  /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/.test(
    value,
  )
    ? true
    : `"${String(value)}" is not a host name: use lower-case letters, digits, dots and hyphens, without a scheme or path (for example asia.localhost).`

export const validateHexColour = (value: unknown): ValidationResult => {
  if (value === undefined || value === null || value === '') return true
  return typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value)
    ? true
    : 'Write the colour as # and six hexadecimal digits, for example #0f766e.'
}

export const validateHttpUrl = (value: unknown): ValidationResult => {
  if (typeof value !== 'string') return 'Enter a web address starting with https:// or http://.'
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? true
      : 'Enter a web address starting with https:// or http://.'
  } catch {
    return `"${value}" is not a web address: it must start with https:// or http://.`
  }
}

/** Runs a validator over every entry of a hasMany text field and returns the first problem. */
export const validateEach =
  (validate: (value: unknown) => ValidationResult) =>
  (values: unknown): ValidationResult => {
    if (values === undefined || values === null) return true
    if (!Array.isArray(values)) return validate(values)
    for (const value of values) {
      const result = validate(value)
      if (result !== true) return result
    }
    return true
  }
