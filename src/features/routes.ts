/**
 * Every feature's routes, in the order they are registered under /api (which is also the order
 * of the OpenAPI document at /api/docs). A new feature adds its registrar here; the platform's
 * buildApp (src/platform/http/app.ts) takes this list and knows no feature.
 */
// First: corrects exceljs's streaming UTF-8 decoding before any module loads exceljs.
import './imports/exceljs-utf8.ts';
import type { FeatureRoutes } from '../platform/http/app.ts';
import { registerAuthRoutes } from './auth/auth.routes.ts';
import { registerAboutRoutes } from './auth/about.routes.ts';
import { registerDossierRoutes } from './dossiers/dossiers.routes.ts';
import { registerCatalogRoutes } from './catalog/catalog.routes.ts';
import { registerCalendarRoutes } from './calendar/calendar.routes.ts';
import { registerUnitRoutes } from './admin/units.routes.ts';
import { registerUserRoutes } from './admin/users.routes.ts';
import { registerAdminChangeRoutes } from './admin/admin-changes.routes.ts';
import { registerFileRoutes } from './files/files.routes.ts';
import { registerFormRoutes } from './forms/forms.routes.ts';
import { registerOverviewRoutes } from './overview/overview.routes.ts';
import { registerFrequentProcedureRoutes } from './catalog/frequent.routes.ts';
import { registerDossierExportRoutes } from './dossiers/dossier-export.routes.ts';
import { registerReportRoutes } from './reports/reports.routes.ts';
import { registerImportRoutes } from './imports/imports.routes.ts';
import { registerImportProfileRoutes } from './imports/import-profiles.routes.ts';
import { registerSourceKeyRoutes } from './imports/source-keys.routes.ts';
import { registerPushRoutes } from './imports/push.routes.ts';
import { registerQueueRoutes } from './queue/queue.routes.ts';
import { registerRatingRoutes } from './ratings/ratings.routes.ts';

import { registerPaknRoutes } from './pakn/pakn.routes.ts';

import { registerLookupRoutes } from './lookup/lookup.routes.ts';
import { registerNoticeRoutes } from './notices/notices.routes.ts';

import { registerLiveRoutes } from './live/live.routes.ts';

import { registerAlertRoutes } from './alerts/alerts.routes.ts';
import { registerCitizenRoutes } from './citizens/citizens.routes.ts';

export const FEATURE_ROUTES: readonly FeatureRoutes[] = [
  registerAuthRoutes,
  registerAboutRoutes,
  registerDossierRoutes,
  registerCatalogRoutes,
  registerCalendarRoutes,
  registerUnitRoutes,
  registerUserRoutes,
  registerAdminChangeRoutes,
  registerFileRoutes,
  registerFormRoutes,
  registerOverviewRoutes,
  registerFrequentProcedureRoutes,
  registerDossierExportRoutes,
  registerReportRoutes,
  registerImportRoutes,
  registerImportProfileRoutes,
  registerSourceKeyRoutes,
  registerPushRoutes,
  registerQueueRoutes,
  registerRatingRoutes,

  registerPaknRoutes,

  registerLookupRoutes,
  registerNoticeRoutes,

  registerLiveRoutes,

  registerAlertRoutes,
  registerCitizenRoutes,
];
