// Structured logs: one JSON line per event. Never log secrets or e-mail bodies.

import { pino, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    base: { service: 'sequence-assistant' },
    redact: {
      paths: [
        '*.password',
        '*.body',
        '*.botPassword',
        'authorization',
        '*.authorization',
        '*.text',
        '*.attachments',
      ],
      censor: '[redacted]',
    },
  });
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
