/**
 * The waiting-room board's live stream (public: a TV, no session): GET
 * /api/queue/board/{unitCode}/stream tells the board, within the change feed's delay, that the
 * unit's queue changed (a ticket issued, called, recalled, served…), so that it reloads the public
 * board instead of polling. An event names the unit only — not even the ticket: the board reads
 * its numbers through GET /api/queue/board/{unitCode}, the public view. After a lost connection to
 * the database's feed a `resync` asks for a reload.
 *
 * Open streams hold a socket each: at most PUBLIC_BOARD_STREAMS per process and
 * PUBLIC_BOARD_STREAMS_PER_ADDRESS per client address (a waiting room has a few screens), beyond
 * which a Vietnamese 429 says to wait; the page then falls back to reloading every few seconds.
 */
import { AppError } from '../../platform/errors.ts';
import { changeFeedOf } from '../../platform/changes/change-feed.ts';
import type { AppContext } from '../../platform/context.ts';
import { queueSetupOf } from './queue-setup.ts';

export const PUBLIC_BOARD_STREAMS = 200;
export const PUBLIC_BOARD_STREAMS_PER_ADDRESS = 8;

export type BoardEvent = { kind: 'queue'; unitCode: string } | { kind: 'resync' };

export interface BoardSink {
  /** Delivers one event; false when the stream is gone. */
  deliver(event: BoardEvent): boolean;
}

const open = { total: 0, byAddress: new Map<string, number>() };

/** Takes a stream slot for `address`, or refuses with 429; returns its release (idempotent). */
function takeSlot(address: string): () => void {
  const mine = open.byAddress.get(address) ?? 0;
  if (open.total >= PUBLIC_BOARD_STREAMS || mine >= PUBLIC_BOARD_STREAMS_PER_ADDRESS) {
    throw new AppError('rate_limited', 'Có quá nhiều màn hình đang theo dõi trực tiếp bảng gọi số này. Màn hình sẽ tự tải lại sau vài giây; hãy đóng bớt các màn hình không dùng.');
  }
  open.total += 1;
  open.byAddress.set(address, mine + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    open.total -= 1;
    const left = (open.byAddress.get(address) ?? 1) - 1;
    if (left <= 0) open.byAddress.delete(address);
    else open.byAddress.set(address, left);
  };
}

/**
 * Checks the unit (404 like the board), takes a slot (429), waits until the feed listens, and
 * follows the unit's queue changes; `stop` releases everything.
 */
export async function followBoard(ctx: AppContext, unitCode: string, address: string): Promise<{ start(sink: BoardSink): void; stop(): void }> {
  await queueSetupOf(ctx, unitCode);
  const release = takeSlot(address);
  const feed = changeFeedOf(ctx.db);
  try {
    await feed.start();
  } catch (error) {
    release();
    throw error;
  }
  const unsubscribers: Array<() => void> = [];
  const stop = () => {
    for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
    release();
  };
  return {
    start(sink) {
      unsubscribers.push(
        feed.subscribe((change) => {
          if (change.kind === 'queue' && change.unitCode === unitCode && !sink.deliver({ kind: 'queue', unitCode })) stop();
        }),
        feed.onState((listening) => {
          if (listening && !sink.deliver({ kind: 'resync' })) stop();
        }),
      );
    },
    stop,
  };
}
