/**
 * A unit's notice templates (issue 17, docs/notices.md "Templates"): every kind × channel with the
 * unit's own template or the default, the fields it may use; a preview of a draft against sample
 * values or a dossier of the unit; save and reset to default (center leader of the unit or an
 * administrator), each recorded in the admin change log in the same transaction.
 */
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { badRequest, forbidden, notFound } from '../../platform/errors.ts';
import { findUnit } from '../../platform/units/units.queries.ts';
import { recordAdminChange } from '../../platform/change-log/admin-changes.store.ts';
import { canAdministerUnit } from '../../domain/policy/policy.ts';
import {
  CHANNEL_NAMES,
  DEFAULT_TEMPLATES,
  NOTICE_CHANNELS,
  NOTICE_KIND_INFO,
  NOTICE_KINDS,
  noticeTemplateSchema,
  noticeValues,
  PLACEHOLDER_NAMES,
  PLACEHOLDERS,
  placeholderProblem,
  previewTemplate,
  SAMPLE_VALUES,
  templateFor,
  type NoticeChannel,
  type NoticeKind,
  type NoticeTemplate,
  type NoticeValues,
  type TemplatePreview,
} from '../../domain/notice/index.ts';
import { loadReadableDossier } from '../dossiers/load-dossier.ts';
import { templateRowsOf } from './notices.queries.ts';
import { deleteTemplate, saveTemplate } from './notices.store.ts';
import { noticeContextOf } from './write-notices.ts';

export interface TemplateEntry {
  kind: NoticeKind;
  kindName: string;
  channel: NoticeChannel;
  channelName: string;
  /** True when the unit saved its own; false: the default. */
  custom: boolean;
  updatedAt: Date | null;
  template: NoticeTemplate;
  /** The placeholders this kind and channel may use. */
  fields: Array<{ name: string; label: string }>;
}

async function checkUnit(ctx: AppContext, user: CurrentUser, unitCode: string, what: string) {
  const unit = await findUnit(ctx.db, unitCode);
  if (!unit) throw notFound(`Không tìm thấy đơn vị ${unitCode}.`);
  if (!canAdministerUnit(user, unitCode)) throw forbidden(`Chỉ lãnh đạo Trung tâm của đơn vị hoặc quản trị viên được ${what} mẫu thông báo.`);
  return unit;
}

export function fieldsFor(kind: NoticeKind, channel: NoticeChannel): Array<{ name: string; label: string }> {
  return PLACEHOLDER_NAMES.filter((name) => placeholderProblem(name, kind, channel) === undefined).map((name) => ({ name, label: PLACEHOLDERS[name].label }));
}

function entry(kind: NoticeKind, channel: NoticeChannel, own: { template: NoticeTemplate; updatedAt: Date } | undefined): TemplateEntry {
  return {
    kind,
    kindName: NOTICE_KIND_INFO[kind].name,
    channel,
    channelName: CHANNEL_NAMES[channel],
    custom: own !== undefined,
    updatedAt: own?.updatedAt ?? null,
    template: own?.template ?? templateFor(kind, channel, [], DEFAULT_TEMPLATES)!,
    fields: fieldsFor(kind, channel),
  };
}

async function ownTemplates(ctx: AppContext, unitCode: string) {
  const rows = await templateRowsOf(ctx.db, unitCode);
  return (kind: NoticeKind, channel: NoticeChannel) => {
    const row = rows.find((r) => r.kind === kind && r.channel === channel);
    return row ? { template: row.template as NoticeTemplate, updatedAt: row.updatedAt } : undefined;
  };
}

export async function listNoticeTemplates(ctx: AppContext, user: CurrentUser, unitCode: string): Promise<TemplateEntry[]> {
  await checkUnit(ctx, user, unitCode, 'xem');
  const own = await ownTemplates(ctx, unitCode);
  return NOTICE_KINDS.flatMap((kind) => NOTICE_CHANNELS.map((channel) => entry(kind, channel, own(kind, channel))));
}

/** The draft as a citizen would get it: with sample values, or a dossier's of the unit (sample values for the event's own facts). */
export async function previewNoticeTemplate(ctx: AppContext, user: CurrentUser, unitCode: string, draft: unknown, dossierCode?: string): Promise<TemplatePreview> {
  const unit = await checkUnit(ctx, user, unitCode, 'xem trước');
  let values: NoticeValues = { ...SAMPLE_VALUES, tenDonVi: unit.name };
  if (dossierCode !== undefined) {
    const dossier = await loadReadableDossier(ctx, user, dossierCode);
    if (dossier.state.unitCode !== unitCode) throw notFound(`Không tìm thấy hồ sơ ${dossierCode} của đơn vị này.`);
    const parsed = noticeTemplateSchema.safeParse(draft);
    if (parsed.success) {
      const context = await noticeContextOf(ctx, ctx.db, unit, dossierCode);
      values = { ...values, ...noticeValues({ kind: parsed.data.kind }, dossier.state, context, parsed.data.channel) };
    }
  }
  return previewTemplate(draft, values);
}

function checked(kind: NoticeKind, channel: NoticeChannel, draft: unknown): NoticeTemplate {
  const parsed = noticeTemplateSchema.safeParse(draft);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw badRequest([...new Set(parsed.error.issues.map((i) => i.message))].join(' '), issue.path.join('.'));
  }
  if (parsed.data.kind !== kind || parsed.data.channel !== channel) throw badRequest('Loại thông báo và kênh của mẫu không khớp với mẫu đang sửa.', 'template');
  const preview = previewTemplate(parsed.data);
  if (!preview.valid) throw badRequest(preview.problems.join(' '), 'template');
  return parsed.data;
}

export async function saveNoticeTemplate(ctx: AppContext, user: CurrentUser, unitCode: string, kind: NoticeKind, channel: NoticeChannel, draft: unknown): Promise<TemplateEntry> {
  await checkUnit(ctx, user, unitCode, 'sửa');
  const template = checked(kind, channel, draft);
  await ctx.db.transaction(async (tx) => {
    const before = (await templateRowsOf(tx, unitCode)).find((r) => r.kind === kind && r.channel === channel)?.template ?? null;
    await saveTemplate(tx, unitCode, kind, channel, template, user.id);
    await recordAdminChange(tx, { kind: 'notice_template.set', actorId: user.id, unitCode, target: `${kind}/${channel}`, before, after: template });
  });
  return entry(kind, channel, (await ownTemplates(ctx, unitCode))(kind, channel));
}

export async function resetNoticeTemplate(ctx: AppContext, user: CurrentUser, unitCode: string, kind: NoticeKind, channel: NoticeChannel): Promise<TemplateEntry> {
  await checkUnit(ctx, user, unitCode, 'sửa');
  await ctx.db.transaction(async (tx) => {
    const before = (await templateRowsOf(tx, unitCode)).find((r) => r.kind === kind && r.channel === channel)?.template;
    if (before === undefined) return;
    await deleteTemplate(tx, unitCode, kind, channel);
    await recordAdminChange(tx, { kind: 'notice_template.reset', actorId: user.id, unitCode, target: `${kind}/${channel}`, before, after: null });
  });
  return entry(kind, channel, undefined);
}
