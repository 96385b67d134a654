/**
 * Names for the API shapes the pages use, every one taken from the generated schema
 * (schema.d.ts, `npm run generate:api`): a route schema changed on the server changes them here.
 */
import type { paths } from './schema.d.ts';

type Method = 'get' | 'post' | 'put' | 'delete';

/** The JSON body of an answer: `Answer<'/api/dossiers/{code}'>`, `Answer<'/api/imports', 'post', 202>`. */
export type Answer<P extends keyof paths, M extends Method = 'get', S extends number = 200> = paths[P][M] extends {
  responses: { [K in S]: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

/** The query parameters of a GET route. */
export type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;

export type CurrentUser = Answer<'/api/auth/me'>['user'];
export type Role = CurrentUser['role'];

export type DossierFilters = QueryOf<'/api/dossiers'>;
export type DossierSort = NonNullable<DossierFilters['sort']>;
export type DossierList = Answer<'/api/dossiers'>;
export type DossierListItem = DossierList['items'][number];
export type DeadlineLevel = NonNullable<DossierListItem['deadlineLevel']>;
export type DossierDetail = Answer<'/api/dossiers/{code}'>;
export type Step = DossierDetail['steps'][number];
export type HistoryEntry = DossierDetail['history'][number];
export type DossierFile = Answer<'/api/dossiers/{code}/files'>['items'][number];

export type ProcedureSummary = Answer<'/api/catalog/procedures'>['items'][number];
export type ProcedureDetail = Answer<'/api/catalog/procedures/{code}'>['procedure'];
export type ComponentForm = ProcedureDetail['components'][number]['form'];
export type Quote = Answer<'/api/catalog/procedures/{code}/quote'>;

export type Unit = Answer<'/api/units'>['items'][number];
export type UnitSettings = Unit['settings'];
export type OfferedProcedures = Answer<'/api/units/{code}/procedures'>;
export type Department = Answer<'/api/units/{code}/departments'>['items'][number];
export type UserRow = Answer<'/api/users'>['items'][number];
export type AdminChange = Answer<'/api/admin/changes'>['items'][number];
export type CalendarYear = Answer<'/api/calendar/{year}'>;

export type Overview = Answer<'/api/overview'>;
/** One bar of the overview charts: a department or an officer. */
export type OverviewRow = Overview['byDepartment'][number] | Overview['byOfficer'][number];

export type ReportPreview = Answer<'/api/reports'>;
export type ImportJob = Answer<'/api/imports/{id}'>;
export type ImportPreview = Answer<'/api/imports/preview', 'post'>;
