import type { TextFieldManyValidation } from 'payload'

import { idOf } from '@/lib/ids'
import { validateEach, validateMccMnc } from '@/lib/validation/referenceData'
import { withinRequest } from '@/lib/db/withinRequest'

const checkFormat = validateEach(validateMccMnc)

/**
 * Format first, then the country: an MCC-MNC whose MCC the country does not use is almost always
 * a typo that would put the carrier in the wrong country's network list.
 */
export const validateCarrierCodes: TextFieldManyValidation = async (value, { data, req }) => {
  const format = checkFormat(value)
  if (format !== true) return format
  const codes = Array.isArray(value) ? value : []
  const countryID = idOf((data as { country?: { id: number | string } | number | string }).country)
  if (codes.length === 0 || countryID === undefined) return true

  const country = await withinRequest(req, () =>
    req.payload.findByID({
      collection: 'countries',
      depth: 0,
      id: countryID,
      overrideAccess: true,
      req,
    }),
  ).catch(() => null)
  const countryMccs = country?.mobileCountryCodes ?? []
  if (countryMccs.length === 0) return true
  const foreign = codes.find((code) => !countryMccs.includes(code.slice(0, 3)))
  return foreign
    ? `${foreign} does not start with an MCC of ${country?.name ?? 'the country'} (${countryMccs.join(', ')}).`
    : true
}
