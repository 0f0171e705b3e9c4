// The seller's text commands, tried in this order (before the managers'): one file each.

import type { TextCommand } from '../command.js';
import { callsCommand } from './calls.js';
import { closeCommand } from './close.js';
import { digestTimeCommand } from './digest-time.js';
import { digestCommand } from './digest.js';
import { disqualifyCommand } from './disqualify.js';
import { emailsCommand } from './emails.js';
import { overdueCommand } from './overdue.js';
import { pauseCommand } from './pause.js';
import { qualifyCommand } from './qualify.js';
import { resumeCommand } from './resume.js';
import { noReplyCommand, stepByNameCommand } from './steps.js';
import { timeZoneCommand } from './time-zone.js';
import { upNextCommand } from './up-next.js';
import { workingHoursCommand } from './working-hours.js';

export const sellerCommands: TextCommand[] = [
  upNextCommand,
  overdueCommand,
  callsCommand,
  emailsCommand,
  digestCommand,
  digestTimeCommand,
  pauseCommand,
  resumeCommand,
  workingHoursCommand,
  timeZoneCommand,
  qualifyCommand,
  disqualifyCommand,
  closeCommand,
  stepByNameCommand,
  noReplyCommand,
];
