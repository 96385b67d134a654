/**
 * The step level of a demo history (issue 14): who holds each step, reassignments by the
 * department head, work completed on behalf, send-backs with a reason, the reference of a paper
 * result and who collected it at the desk. The history generator (history.ts) asks decide() with
 * the acting officer, so the turn table judges every one of these as it judges a click.
 */
import type { Collector } from '../../domain/dossier/events.ts';
import type { Applicant, DossierState, StepState } from '../../domain/dossier/state.ts';
import { hasRole } from '../../domain/policy/policy.ts';
import type { DemoOfficer, DemoUnit } from './city.ts';
import { personName, citizenIdNumber } from './names.ts';
import type { Random } from './random.ts';

/** Shares of the step-level events (of the dossiers that reach the step). */
export const STEP_MIX = {
  /** The head gives the specialist's step to a colleague ("Phân công lại"). */
  reassigned: 0.12,
  /** The head completes the specialist's step on behalf of the named specialist. */
  completedOnBehalf: 0.05,
  /** The reviewer or the signer sends the dossier back to the specialist. */
  returned: 0.08,
  /** The result is collected by an authorised person rather than the applicant. */
  authorisedCollector: 0.15,
} as const;

export const RETURN_REASONS = [
  'Dự thảo kết quả còn sai thông tin người nộp, đề nghị kiểm tra lại.',
  'Chưa đối chiếu bản chính giấy tờ, đề nghị bổ sung ý kiến thẩm định.',
  'Tờ trình chưa nêu rõ căn cứ pháp lý, đề nghị hoàn thiện.',
  'Cần xác minh thêm thông tin trên Cơ sở dữ liệu quốc gia về dân cư.',
];

/** The officers of a unit by id: the acting officer decide() checks turns for. */
export function officersById(unit: DemoUnit): Map<string, DemoOfficer> {
  return new Map(unit.officers.map((officer) => [officer.id, officer]));
}

/** The step whose turn it is now (undefined when none is open). */
export function currentStep(state: DossierState | undefined): StepState | undefined {
  return state?.currentSteps[0];
}

/** An officer who may act in `step` as its holder: the named one, else one of its role (of its department). */
export function holderOf(step: StepState, unit: DemoUnit, random: Random): DemoOfficer | undefined {
  const named = step.holder.assigneeId ? unit.officers.find((o) => o.id === step.holder.assigneeId) : undefined;
  if (named) return named;
  const department = step.holder.departmentCode;
  const candidates = unit.officers.filter((o) => hasRole(o, step.role) && (department === undefined || o.departmentCode === department));
  return candidates.length ? random.pick(candidates) : undefined;
}

/** Number and symbol of a paper result (số, ký hiệu), as the signer's office writes it. */
export function resultReference(random: Random): string {
  return `${random.int(1, 2999)}/${random.pick(['QĐ-UBND', 'GXN-UBND', 'CT-UBND', 'GP-UBND'])}`;
}

/** Who collected the result at the desk: the applicant, or someone they authorised. */
export function collectorOf(random: Random, applicant: Applicant): Collector {
  if (applicant.kind === 'individual' && applicant.idNumber && !random.chance(STEP_MIX.authorisedCollector)) {
    return { kind: 'applicant', name: applicant.name, idNumber: applicant.idNumber };
  }
  const person = personName(random);
  return {
    kind: 'authorised',
    name: person.fullName,
    idNumber: citizenIdNumber(random, person.female),
    authorisation: `Giấy ủy quyền số ${random.int(1, 500)}/UQ ngày ${random.int(1, 28)}/${random.int(1, 12)}`,
  };
}
