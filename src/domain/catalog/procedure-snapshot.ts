/**
 * The procedure as a dossier keeps it: the values of the catalog version in force when the
 * dossier was received (a later catalog change never alters a running dossier's deadline).
 * Used by reception, imports and the demo.
 */
import type { ProcedureSnapshot } from '../dossier/events.ts';
import type { Procedure } from './schema.ts';

export function procedureSnapshot(procedure: Procedure): ProcedureSnapshot {
  return {
    code: procedure.code,
    name: procedure.name,
    field: procedure.field.name,
    timeLimit: procedure.timeLimit,
    steps: [...procedure.steps],
    financialObligationPauses: procedure.financialObligationPauses,
    resultRequired: procedure.resultRequired,
    catalogVersion: procedure.versionId,
  };
}
