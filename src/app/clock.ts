// The product's clocks: the system clock in production, a settable one for tests and the
// test-clock route. Every "now" in the product comes from one of these.

import type { Clock } from './ports.js';

export class SystemClock implements Clock {
  now(): Date {
    // The one place where the real time is read.
    // eslint-disable-next-line no-restricted-syntax
    return new Date();
  }
}

/** A clock that only moves when told to. */
export class ManualClock implements Clock {
  private current: number;

  constructor(start: Date) {
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Moves to `to`; time never goes backwards. */
  set(to: Date): void {
    this.current = Math.max(this.current, to.getTime());
  }
}
