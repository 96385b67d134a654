/**
 * Which official forms a dossier has now, so that a screen offers only those: for each of
 * Mẫu 01–06 its title and, when it does not apply, the Vietnamese reason the form route would
 * answer with 409.
 */
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { dossierFormInput } from './dossier-form-input.ts';
import { buildDossierForm, DOSSIER_FORMS, FORM_TITLES, FormNotApplicableError, type DossierFormName } from '../../documents/forms/index.ts';

export interface DossierFormAvailability {
  form: DossierFormName;
  title: string;
  available: boolean;
  /** Why the form does not apply (null when it does). */
  reason: string | null;
}

export async function listDossierForms(ctx: AppContext, user: CurrentUser, code: string): Promise<DossierFormAvailability[]> {
  const input = await dossierFormInput(ctx, user, code);
  return DOSSIER_FORMS.map((form) => {
    try {
      buildDossierForm(form, input);
      return { form, title: FORM_TITLES[form], available: true, reason: null };
    } catch (error) {
      if (!(error instanceof FormNotApplicableError)) throw error;
      return { form, title: FORM_TITLES[form], available: false, reason: error.message };
    }
  });
}
