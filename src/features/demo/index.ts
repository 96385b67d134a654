/**
 * Demo data of Một Cửa: a Hải Phòng city with communes and wards, officers and realistic
 * dossier histories decided by the domain core. Pure planning (planDemo) is separate from
 * writing (generateDemo); see docs/demo-data.md.
 *
 *   const plan = planDemo({ seed: 1, units: 3, from, to, now });      // plain data (I/O: the placeholder PDFs' font, read once)
 *   for (const d of plan.dossiers()) …                                  // events + folded state
 *   await generateDemo(db, { seed: 1, units: 3, from, to, now }, { fileStore });  // into PGlite or PostgreSQL, files into the store
 */
export { DEMO_CITY, DEMO_UNIT_SEEDS, allOfficers, demoUnitCode, handlingDepartment, planCity } from './city.ts';
export type { DemoCity, DemoDepartment, DemoOfficer, DemoUnit } from './city.ts';
export { DEFAULT_MIX, PROCEDURE_WEIGHTS, resolveMix } from './mix.ts';
export type { DemoMix } from './mix.ts';
export { DemoGenerationError, planHistory } from './history.ts';
export type { Fate } from './history.ts';
export { planDemo } from './plan.ts';
export type { DemoOptions, DemoPlan, PlannedDossier } from './plan.ts';
export { DEFAULT_DEMO_PASSWORD, DemoAlreadyLoadedError, attachmentsOf, generateDemo, hasOperationalData, historyOf, writeDemoCity, writeDemoDossiers } from './write.ts';
export type { DemoSummary, GenerateDemoOptions, WriteDemoOptions } from './write.ts';
export { Random, seedFrom, seededRandom } from './random.ts';
