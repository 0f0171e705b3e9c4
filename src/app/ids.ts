// Ids that sort by the time they were made (the layout of a version 7 UUID: 48 bits of epoch
// milliseconds, then random bits). Rows made one after another then land next to each other in
// every index keyed by their id, instead of at random places all over a large table.

import { randomBytes } from 'node:crypto';

export function timeOrderedId(at: Date): string {
  const bytes = randomBytes(16);
  const ms = BigInt(Math.max(0, Math.floor(at.getTime())));
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70; // version 7
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
