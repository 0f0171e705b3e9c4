// Builds the product's services once and hands them to the bot and the server.

import type { SequenceTemplate } from '../domain/model.js';
import { builtInTemplates } from '../domain/templates.js';
import { ManualClock, SystemClock } from './clock.js';
import type { Config } from './config.js';
import { BulkService } from './manager/bulk.js';
import { EnrollmentService } from './enrollments.js';
import { JobRunner } from './jobs.js';
import type { Logger } from './logger.js';
import type { Mailer } from './mail.js';
import type { Clock, Stores } from './ports.js';
import { createMailer } from './seller/mailer.js';

export interface AppContext {
  config: Config;
  clock: Clock;
  /** Set when the test clock is on: the clock that POST /api/test-clock moves. */
  testClock?: ManualClock;
  stores: Stores;
  runner: JobRunner;
  mailer: Mailer;
  enrollments: EnrollmentService;
  /** Changes to many records at once, run as jobs off the turn. */
  bulk: BulkService;
  templates: readonly SequenceTemplate[];
  log: Logger;
}

export interface AppContextOptions {
  config: Config;
  stores: Stores;
  log: Logger;
  /** Overrides the clock chosen from the config (tests). */
  clock?: Clock;
  mailer?: Mailer;
}

export function createAppContext(options: AppContextOptions): AppContext {
  const { config, stores, log } = options;
  let testClock: ManualClock | undefined;
  let clock: Clock;
  if (options.clock) {
    clock = options.clock;
    if (options.clock instanceof ManualClock) testClock = options.clock;
  } else if (config.testClock) {
    testClock = new ManualClock(config.testClockStart ?? new SystemClock().now());
    clock = testClock;
  } else {
    clock = new SystemClock();
  }
  const runner = new JobRunner(stores.jobs, clock, log, {
    concurrency: config.jobConcurrency,
    leaseMs: config.jobLeaseMs,
  });
  const mailer = options.mailer ?? createMailer(config, stores, clock);
  const enrollments = new EnrollmentService({
    stores,
    clock,
    runner,
    mailer,
    log,
    mailFrom: config.mailFrom,
  });
  const ctx: AppContext = {
    config,
    clock,
    testClock,
    stores,
    runner,
    mailer,
    enrollments,
    // Set right below: the bulk service's jobs act through the context it belongs to.
    bulk: undefined as unknown as BulkService,
    templates: builtInTemplates(),
    log,
  };
  ctx.bulk = new BulkService(ctx);
  return ctx;
}
