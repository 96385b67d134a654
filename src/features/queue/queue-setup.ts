/**
 * What every queue use case reads first: the unit, its queue configuration and rating
 * configuration (unit data under `settings.queue` / `settings.rating`, the defaults of
 * src/domain/queue and src/domain/rating otherwise) and its working calendar.
 */
import type { AppContext } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { findUnit, type UnitRecord } from '../../platform/units/units.queries.ts';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar.ts';
import { DEFAULT_QUEUE_CONFIG, parseQueueConfig, type QueueConfig } from '../../domain/queue/queue-config.ts';
import { DEFAULT_RATING_CONFIG, parseRatingConfig, type RatingConfig } from '../../domain/rating/rating-config.ts';

export interface QueueSetup {
  unit: UnitRecord;
  config: QueueConfig;
  rating: RatingConfig;
  calendar: WorkingCalendar;
}

export const UNIT_NOT_FOUND = 'Không tìm thấy đơn vị. Hãy kiểm tra mã đơn vị trong địa chỉ trang.';

export function queueSettingsOf(unit: UnitRecord): { config: QueueConfig; rating: RatingConfig } {
  const settings = unit.settings as { queue?: unknown; rating?: unknown };
  let config = DEFAULT_QUEUE_CONFIG;
  if (settings.queue !== undefined) {
    const parsed = parseQueueConfig(settings.queue);
    if (!parsed.ok) throw new AppError('conflict', `Cấu hình hàng đợi của đơn vị chưa hợp lệ: ${parsed.errors.join('; ')}`);
    config = parsed.config;
  }
  let rating = DEFAULT_RATING_CONFIG;
  if (settings.rating !== undefined) {
    const parsed = parseRatingConfig(settings.rating);
    if (!parsed.ok) throw new AppError('conflict', `Cấu hình phiếu đánh giá của đơn vị chưa hợp lệ: ${parsed.errors.join('; ')}`);
    rating = parsed.config;
  }
  return { config, rating };
}

export async function queueSetupOf(ctx: AppContext, unitCode: string): Promise<QueueSetup> {
  const unit = await findUnit(ctx.db, unitCode);
  if (!unit || unit.kind === 'city') throw notFound(UNIT_NOT_FOUND);
  const { calendar } = await ctx.calendars.forUnit(unitCode);
  return { unit, ...queueSettingsOf(unit), calendar };
}
