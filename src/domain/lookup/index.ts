export { isLookupToken, lookupPath, lookupTokenFromBytes, lookupUrl, tokenFromLookupPath, LOOKUP_PATH_PREFIX, LOOKUP_TOKEN_BYTES, LOOKUP_TOKEN_LENGTH } from './token.ts';
export { constantTimeEqual, normaliseDigits, secondFactorMatches, secondFactorsOf, typedLookupAvailable, SECOND_FACTOR_DIGITS } from './second-factor.ts';
export {
  LOOKUP_LIMITS,
  LOOKUP_NOT_FOUND,
  LOOKUP_RATE_LIMITED,
  normaliseTypedCode,
  typedLookupLocked,
  typedLookupRequestSchema,
  typedLookupSucceeds,
  type TypedLookupRequest,
} from './contract.ts';
export { citizenStepKind, publicDossierView, publicTime, type LookupUnit, type PublicDossierView, type PublicStep, type PublicTime, type PublicViewOptions } from './view.ts';
export { personalDataMasker } from './redact.ts';
export { publicAddressWarnings, type PublicAddressIssue, type PublicAddressWarning } from './public-address.ts';
