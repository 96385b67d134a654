/**
 * The change feed of one database in this process: one LISTEN (platform/db/notifications.ts)
 * shared by every subscriber — the open event streams and the session cache. Changes arrive
 * from every process writing to the same database, this one included, after their commit.
 *
 * `listening` says whether the feed can be trusted right now: false before LISTEN is in place
 * and while the connection is lost (notifications sent meanwhile are gone), and the state
 * subscribers are told so that they drop what they cached and reload.
 */
import { perDatabase, type Database } from '../db/client.ts';
import { listenTo, type NotificationListener } from '../db/notifications.ts';
import { CHANGES_CHANNEL, parseChange, type Change } from './changes.ts';

export type ChangeSubscriber = (change: Change) => void;
export type StateSubscriber = (listening: boolean) => void;

export class ChangeFeed {
  #listener: NotificationListener | undefined;
  #listening = false;
  readonly #subscribers = new Set<ChangeSubscriber>();
  readonly #stateSubscribers = new Set<StateSubscriber>();
  #ready: Promise<void> | undefined;
  #readyResolve: (() => void) | undefined;

  constructor(private readonly db: Database) {}

  get listening(): boolean {
    return this.#listening;
  }

  /** Starts listening (once); resolves when LISTEN is in place. */
  start(): Promise<void> {
    if (this.#ready) return this.#ready;
    this.#ready = new Promise<void>((resolve) => {
      this.#readyResolve = resolve;
    });
    try {
      this.#listener = listenTo(this.db, CHANGES_CHANNEL, {
        onNotification: (payload) => this.#deliver(payload),
        onState: (listening) => this.#setState(listening),
      });
    } catch {
      // A database not opened through client.ts (none in the application): no feed, no caching.
      this.#readyResolve?.();
    }
    return this.#ready;
  }

  subscribe(subscriber: ChangeSubscriber): () => void {
    void this.start();
    this.#subscribers.add(subscriber);
    return () => this.#subscribers.delete(subscriber);
  }

  onState(subscriber: StateSubscriber): () => void {
    void this.start();
    this.#stateSubscribers.add(subscriber);
    return () => this.#stateSubscribers.delete(subscriber);
  }

  get subscriberCount(): number {
    return this.#subscribers.size;
  }

  async close(): Promise<void> {
    await this.#listener?.close();
  }

  #setState(listening: boolean): void {
    if (this.#listening === listening) return;
    this.#listening = listening;
    if (listening) this.#readyResolve?.();
    for (const subscriber of this.#stateSubscribers) subscriber(listening);
  }

  #deliver(payload: string): void {
    const change = parseChange(payload);
    if (!change) return;
    for (const subscriber of this.#subscribers) {
      try {
        subscriber(change);
      } catch {
        // One subscriber's failure must not keep the change from the others.
      }
    }
  }
}

/** The feed of a database (one per open database in this process). */
export const changeFeedOf = perDatabase((db) => new ChangeFeed(db));
