/**
 * Print one official form of a dossier (Mẫu 01–06) as HTML or DOCX, for a user who may read
 * the dossier (same rule as its detail view: others get "not found"). A form that the history
 * does not support is a conflict with a Vietnamese reason.
 */
import type { AppContext, CurrentUser } from '../context.ts';
import { conflict, notFound } from '../errors.ts';
import { canSeePersonalData } from '../policies.ts';
import { loadReadableDossier } from '../dossiers/load-dossier.ts';
import { publicLookupUrl } from './public-lookup.ts';
import { departmentNames, findUnitForForms, staffNames } from '../../db/form-queries.ts';
import { foldDossier } from '../../domain/dossier/fold.ts';
import type { DossierEvent } from '../../domain/dossier/events.ts';
import { buildDossierForm, FormNotApplicableError, type DossierFormName } from '../../documents/forms/index.ts';
import type { OfficialDocument } from '../../documents/model.ts';
import { renderDocx } from '../../documents/render-docx.ts';
import { renderHtml } from '../../documents/render-html.ts';

export type DocumentFormat = 'html' | 'docx';

export interface RenderedDocument {
  fileName: string;
  contentType: string;
  body: Buffer | string;
}

export const CONTENT_TYPES = {
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export async function renderDocument(document: OfficialDocument, format: DocumentFormat): Promise<RenderedDocument> {
  if (format === 'docx') return { fileName: `${document.fileName}.docx`, contentType: CONTENT_TYPES.docx, body: await renderDocx(document) };
  return { fileName: `${document.fileName}.html`, contentType: CONTENT_TYPES.html, body: await renderHtml(document) };
}

function peopleIn(events: readonly DossierEvent[]): string[] {
  return events.flatMap((e) => [e.actor.id, ...('assigneeId' in e && e.assigneeId ? [e.assigneeId] : [])]);
}

export async function buildFormOfDossier(ctx: AppContext, user: CurrentUser, code: string, form: DossierFormName): Promise<OfficialDocument> {
  const dossier = await loadReadableDossier(ctx, user, code);
  const { state, events, calendar } = dossier;
  const unit = await findUnitForForms(ctx.db, state.unitCode);
  if (!unit) throw notFound(`Không tìm thấy đơn vị ${state.unitCode} của hồ sơ.`);
  const [people, departments] = await Promise.all([staffNames(ctx.db, peopleIn(events)), departmentNames(ctx.db, state.unitCode)]);
  const receivedIndex = events.findIndex((e) => e.type === 'received');
  const dueAtReception = receivedIndex === -1 ? undefined : foldDossier(code, events.slice(0, receivedIndex + 1), { calendar }).legalDueAt;
  try {
    return buildDossierForm(form, {
      state,
      events,
      unit,
      names: { people, departments },
      dueAtReception,
      lookupUrl: publicLookupUrl(ctx.config, unit.settings, state.code),
      now: ctx.now(),
      personalDataVisible: canSeePersonalData(user, dossier.scope),
    });
  } catch (error) {
    if (error instanceof FormNotApplicableError) throw conflict(error.message);
    throw error;
  }
}

export async function renderDossierForm(ctx: AppContext, user: CurrentUser, code: string, form: DossierFormName, format: DocumentFormat): Promise<RenderedDocument> {
  return renderDocument(await buildFormOfDossier(ctx, user, code, form), format);
}
