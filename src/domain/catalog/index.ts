/** Public API of the procedure catalog (pure: no I/O, no clock). */
export {
  allProcedures,
  catalogVersion,
  computeFee,
  exemptionCategories,
  FeeInputError,
  fields,
  findProcedure,
  procedureVersions,
  searchProcedures,
} from './catalog.ts';
export type { FeeInput, FeeResult, FeeResultLine } from './catalog.ts';
export { CONFIDENCE_LABELS, CONFIDENCE_MARKS } from './labels.ts';
export {
  COMPONENT_FORM_LABELS,
  HANDLING_DEPARTMENT_LABELS,
  FEE_KIND_LABELS,
  FEE_UNIT_LABELS,
  ONLINE_LEVEL_LABELS,
  CatalogSchema,
  ProcedureSchema,
  isPlaceholderCode,
  localCodeOf,
} from './schema.ts';
export type {
  Component,
  ComponentForm,
  HandlingDepartment,
  Exemption,
  FeeKind,
  FeeLine,
  FeeSupport,
  FeeUnit,
  FeeVariant,
  FieldRef,
  OnlineLevel,
  Procedure,
  ProcedureConfidence,
  ProcedureFact,
  ProcedureNotes,
} from './schema.ts';
