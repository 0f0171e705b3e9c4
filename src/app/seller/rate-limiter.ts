// Paces proactive sends to Teams' limits: per conversation (7 in 1 s, 8 in 2 s, 60 in 30 s,
// 1800 in an hour) and for the whole app (the configured global rate per second).
//
// This is transport pacing, not business time: it runs on the process's monotonic clock
// (performance.now), never on the product's Clock, which under the test clock does not move.

import type { SendLog, SendWindows } from '../ports.js';

export interface Window {
  ms: number;
  max: number;
}

/** Teams' per-bot, per-conversation limits (docs: bots/how-to/rate-limit). */
export function conversationWindows(perSecond: number): Window[] {
  return [
    { ms: 1_000, max: Math.min(perSecond, 7) },
    { ms: 2_000, max: 8 },
    { ms: 30_000, max: 60 },
    { ms: 3_600_000, max: 1_800 },
  ];
}

/** What a send occupies: counted from when it starts until a window's length after it finished. */
class Scope {
  /** Finish times of completed sends, oldest first. */
  private finished: number[] = [];
  private inFlight = 0;

  constructor(private readonly windows: Window[]) {}

  /** Milliseconds until one more send fits every window (0: now). */
  waitMs(now: number): number {
    let wait = 0;
    for (const window of this.windows) {
      const recent = this.finished.filter((at) => at > now - window.ms);
      if (this.inFlight + recent.length < window.max) continue;
      // The send that must age out of the window before there is room again.
      const excess = this.inFlight + recent.length - window.max;
      const oldest = recent[excess];
      // Only sends in flight fill the window: wait a moment for one to finish.
      wait = Math.max(wait, oldest === undefined ? 10 : oldest + window.ms - now + 1);
    }
    return wait;
  }

  start(): void {
    this.inFlight++;
  }

  finish(at: number): void {
    this.inFlight--;
    this.finished.push(at);
    const longest = Math.max(...this.windows.map((w) => w.ms));
    const from = this.finished.findIndex((t) => t > at - longest);
    this.finished = from < 0 ? [] : this.finished.slice(from);
  }

  /** Nothing in flight and nothing recent enough to count in any window. */
  isIdle(now: number): boolean {
    const longest = Math.max(...this.windows.map((w) => w.ms));
    return this.inFlight === 0 && this.finished.every((at) => at <= now - longest);
  }
}

export interface RateLimiterOptions {
  globalPerSecond: number;
  conversationPerSecond: number;
  /** Monotonic milliseconds; performance.now by default. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * `acquire(conversationId)` resolves when a send to that conversation fits every window, and
 * returns `release`, to call when the send has finished (delivered or failed). A send counts from
 * its start until a window's length after it finished, so that network latency can never squeeze
 * more sends into a window on the receiving side than the limit allows.
 */
export class SendRateLimiter {
  private readonly global: Scope;
  private readonly conversations = new Map<string, Scope>();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly perConversation: Window[];
  private acquired = 0;

  constructor(options: RateLimiterOptions) {
    this.global = new Scope([{ ms: 1_000, max: Math.max(1, Math.floor(options.globalPerSecond)) }]);
    this.perConversation = conversationWindows(Math.max(1, Math.floor(options.conversationPerSecond)));
    this.now = options.now ?? (() => performance.now());
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  async acquire(conversationId: string): Promise<() => void> {
    // Now and then forget conversations that no window remembers, so the map does not grow forever.
    if (++this.acquired % 256 === 0) this.sweep();
    let scope = this.conversations.get(conversationId);
    if (!scope) {
      scope = new Scope(this.perConversation);
      this.conversations.set(conversationId, scope);
    }
    for (;;) {
      const now = this.now();
      const wait = Math.max(this.global.waitMs(now), scope.waitMs(now));
      if (wait <= 0) break;
      await this.sleep(wait);
    }
    // Checked and taken in one synchronous stretch, so concurrent callers cannot both take the last slot.
    scope.start();
    this.global.start();
    let released = false;
    const conversation = scope;
    return () => {
      if (released) return;
      released = true;
      const at = this.now();
      conversation.finish(at);
      this.global.finish(at);
    };
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, scope] of this.conversations) if (scope.isIdle(now)) this.conversations.delete(id);
  }
}

/** What the proactive sender asks before each send: `release` when the send has finished. */
export interface SendLimiter {
  acquire(conversationId: string): Promise<() => void>;
}

/** The limits a limiter keeps, for the log the instances share. */
export function sendWindows(
  options: Pick<RateLimiterOptions, 'globalPerSecond' | 'conversationPerSecond'>,
): SendWindows {
  return {
    conversation: conversationWindows(Math.max(1, Math.floor(options.conversationPerSecond))),
    global: { ms: 1_000, max: Math.max(1, Math.floor(options.globalPerSecond)) },
  };
}

/**
 * Several instances on one database: each send first gets through this process's limiter (which
 * also paces the sends it has in flight), then takes its place in the log that all instances
 * share, waiting while the instances together have filled a window.
 */
export class SharedSendLimiter implements SendLimiter {
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly local: SendLimiter,
    private readonly log: SendLog,
    private readonly windows: SendWindows,
    /** Wall-clock epoch ms, comparable between processes. */
    private readonly wallNow: () => number,
    sleep?: (ms: number) => Promise<void>,
  ) {
    this.sleep = sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  async acquire(conversationId: string): Promise<() => void> {
    const release = await this.local.acquire(conversationId);
    try {
      for (;;) {
        const reservation = await this.log.reserve(conversationId, this.wallNow(), this.windows);
        if (reservation.id !== undefined) {
          const { id } = reservation;
          return () => {
            release();
            this.log.finish(id, this.wallNow()).catch(() => undefined);
          };
        }
        await this.sleep(reservation.wait);
      }
    } catch (error) {
      release();
      throw error;
    }
  }
}
