import { describe, expect, it } from 'vitest';
import { PROCEDURE_DATA } from './procedures.ts';
import { CatalogSchema, ProcedureSchema } from './schema.ts';
import type { Procedure } from './schema.ts';

function sample(code = '1.004873'): Procedure {
  const found = PROCEDURE_DATA.find((p) => p.code === code);
  if (found === undefined) throw new Error(`missing ${code}`);
  return structuredClone(found);
}

function issuesOf(value: unknown): string[] {
  const result = ProcedureSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('catalog schema', () => {
  it('validates every entry', () => {
    for (const procedure of PROCEDURE_DATA) {
      expect(issuesOf(procedure), procedure.versionId).toEqual([]);
    }
    expect(CatalogSchema.safeParse(PROCEDURE_DATA).success).toBe(true);
  });

  it('keeps every text in NFC so that search and database comparisons agree', () => {
    const texts: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') texts.push(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
    };
    walk(PROCEDURE_DATA);
    expect(texts.filter((text) => text !== text.normalize('NFC'))).toEqual([]);
  });

  it('rejects steps that cannot drive the workflow: the desk first, the approval last or before the return', () => {
    const procedure = sample();
    const [reception, processing, approval, handOver] = procedure.steps as [Procedure['steps'][number], Procedure['steps'][number], Procedure['steps'][number], Procedure['steps'][number]];
    expect(issuesOf({ ...procedure, steps: [processing, reception, approval, handOver] })).toEqual(['the first step is the reception at the desk: its role must be counter_officer']);
    expect(issuesOf({ ...procedure, steps: [reception, approval, processing, handOver] })).toEqual(['the approval step (the last leader step) must be the last step or the one before it']);
  });

  it('rejects step shares that do not add up to 100', () => {
    const procedure = sample();
    procedure.steps[0]!.sharePercent += 5;
    expect(issuesOf(procedure).join()).toMatch(/add up to 105/);
  });

  it('rejects a local code that does not follow <code>.000.00.00.H24', () => {
    expect(issuesOf({ ...sample(), localCode: '1.004873.000.00.00.H31' }).join()).toMatch(/localCode/);
  });

  it('rejects a confirmed placeholder code', () => {
    const procedure = sample('LOCAL-XD-001');
    procedure.confidence.code = 'confirmed';
    expect(issuesOf(procedure).join()).toMatch(/placeholder/);
  });

  it('rejects a value without its mark and a mark without its value', () => {
    const withoutMark = sample('1.000656');
    delete withoutMark.confidence.verificationTimeLimit;
    expect(issuesOf(withoutMark).join()).toMatch(/verificationTimeLimit/);
    const withoutValue = sample();
    withoutValue.confidence.effectiveTo = 'unconfirmed';
    expect(issuesOf(withoutValue).join()).toMatch(/effectiveTo/);
  });

  it('rejects unknown fee variants, overlapping fee periods and free lines with an amount', () => {
    const unknownVariant = sample();
    unknownVariant.fees[0]!.variant = 'khong-co';
    expect(issuesOf(unknownVariant).join()).toMatch(/unknown fee variant/);

    const overlapping = sample();
    overlapping.fees[0]!.effectiveTo = '2026-12-31';
    expect(issuesOf(overlapping).join()).toMatch(/overlapping/);

    const freeWithAmount = sample('1.000894');
    freeWithAmount.fees[0]!.amount = 1000;
    expect(issuesOf(freeWithAmount).join()).toMatch(/freeReason/);
  });

  it('rejects two versions of one code in force on the same day', () => {
    const first = sample();
    const second = { ...sample(), effectiveFrom: '2026-01-01', versionId: '1.004873@2026-01-01' };
    const result = CatalogSchema.safeParse([first, second]);
    expect(result.success).toBe(false);
    const closed = { ...first, effectiveTo: '2026-01-01', confidence: { ...first.confidence, effectiveTo: 'unconfirmed' } };
    expect(CatalogSchema.safeParse([closed, second]).success).toBe(true);
  });

  it('rejects malformed codes and dates', () => {
    expect(issuesOf({ ...sample(), code: '1.4873' }).length).toBeGreaterThan(0);
    expect(issuesOf({ ...sample(), effectiveFrom: '2025-02-30' }).length).toBeGreaterThan(0);
  });
});
