/** An officer opens a counter with its service groups (`openCounterSession`), or closes it when it holds no ticket. */
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { badRequest, conflict, forbidden } from '../../platform/errors.ts';
import { pgErrorCode } from '../../platform/db/sql.ts';
import { canOperateCounter } from '../../domain/policy/policy.ts';
import { checkCounterFree, openCounterSession } from '../../domain/queue/counter.ts';
import { QUEUE_MESSAGES } from '../../domain/queue/labels.ts';
import { QUEUE_USE_CASE_MESSAGES } from './queue-messages.ts';
import { queueSetupOf } from './queue-setup.ts';
import { counterSessions, deleteCounterSession, lockCounterSession, saveCounterSession, sessionOfOfficer, ticketsHeldAt } from './queue.store.ts';

export interface OpenCounterInput {
  counter: number;
  groups?: string[];
  takesOtherGroups?: boolean;
}

export async function openCounter(ctx: AppContext, user: CurrentUser, input: OpenCounterInput): Promise<{ counter: number; groups: string[]; takesOtherGroups: boolean }> {
  if (!canOperateCounter(user)) throw forbidden(QUEUE_USE_CASE_MESSAGES.notOfficer);
  const { config } = await queueSetupOf(ctx, user.unitCode);
  try {
    return await ctx.db.transaction(async (tx) => {
      await lockCounterSession(tx, user.unitCode, input.counter);
      const decision = openCounterSession(config, { ...input, officerId: user.id }, await counterSessions(tx, user.unitCode));
      if (!decision.ok) throw decision.field === 'counter' ? conflict(decision.reason) : badRequest(decision.reason, decision.field);
      await saveCounterSession(tx, { ...decision.session, unitCode: user.unitCode });
      return { counter: decision.session.counter, groups: [...decision.session.groups], takesOtherGroups: decision.session.takesOtherGroups };
    });
  } catch (error) {
    // Two officers opening the same free counter at once: the primary key decides.
    if (pgErrorCode(error) === '23505') throw conflict(QUEUE_MESSAGES.counterTaken(input.counter));
    throw error;
  }
}

export async function closeCounter(ctx: AppContext, user: CurrentUser): Promise<void> {
  if (!canOperateCounter(user)) throw forbidden(QUEUE_USE_CASE_MESSAGES.notOfficer);
  const mine = await sessionOfOfficer(ctx.db, user.id);
  if (!mine) throw conflict(QUEUE_USE_CASE_MESSAGES.noOpenCounter);
  await ctx.db.transaction(async (tx) => {
    await lockCounterSession(tx, mine.unitCode, mine.counter);
    const free = checkCounterFree((await ticketsHeldAt(tx, mine.unitCode, mine.counter)).map((t) => t.state), mine.counter);
    if (!free.ok) throw conflict(free.reason);
    await deleteCounterSession(tx, mine.unitCode, mine.counter);
  });
}
