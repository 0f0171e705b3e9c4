// The managers' text commands (sequences, templates, records, roles, stats), tried in this order.

import type { TextCommand } from '../command.js';

export const managerCommands: TextCommand[] = [];
