// The seller's text commands, tried in this order.

import type { TextCommand } from '../command.js';

export const sellerCommands: TextCommand[] = [];
