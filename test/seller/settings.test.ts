// "set my working hours ...", "my time zone is ...", "send my digest at ...": a seller's own
// settings, with clear answers for values that do not work, and the digest following them.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DANA, message, textsOf } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { greet } from '../helpers/seller-world.js';
import { digestJobId } from '../../src/app/seller/digest.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ now: new Date('2026-03-02T09:00:00Z') });
  await greet(h, DANA);
});
afterEach(async () => {
  await h.close();
});

const say = async (text: string): Promise<string> =>
  textsOf((await h.post(message(DANA, text))).replies).join('\n');
const dana = async () => (await h.stores.users.get(DANA.id))!;

describe('seller settings', () => {
  it('sets working hours written as 9-18, 9:30-17:30 or 9am-6pm', async () => {
    expect(await say('set my working hours 9-18')).toContain(
      'Your working hours are now 09:00–18:00, Mon–Fri, Europe/Warsaw.',
    );
    expect((await dana()).workingHours).toMatchObject({
      start: '09:00',
      end: '18:00',
      timeZone: 'Europe/Warsaw',
    });
    await say('Could you set my working hours 9:30-17:30, please?');
    expect((await dana()).workingHours).toMatchObject({ start: '09:30', end: '17:30' });
    await say('my working hours are 9am-6pm');
    expect((await dana()).workingHours).toMatchObject({ start: '09:00', end: '18:00' });
  });

  it('refuses working hours that do not make sense and changes nothing', async () => {
    expect(await say('set my working hours 25-30')).toContain('I could not read "25-30" as working hours');
    expect(await say('set my working hours 18-9')).toContain('must start before it ends (18:00–09:00)');
    expect(await say('set my working hours whenever')).toContain('Nothing was changed');
    expect((await dana()).workingHours).toMatchObject({ start: '08:00', end: '17:00' });
  });

  it('sets the time zone, keeps it against Teams, and re-plans the digest', async () => {
    expect((await h.stores.jobs.get(digestJobId(DANA.id)))?.runAt).toBe('2026-03-03T07:00:00.000Z');
    expect(await say('my time zone is America/New_York')).toContain(
      'Your time zone is now America/New_York: it is 04:00 there.',
    );
    expect(await dana()).toMatchObject({
      timeZoneSetByUser: true,
      workingHours: { timeZone: 'America/New_York' },
    });
    // The digest now comes at 8:00 New York time.
    expect((await h.stores.jobs.get(digestJobId(DANA.id)))?.runAt).toBe('2026-03-02T13:00:00.000Z');
    // Teams still reports Warsaw from her client; her own choice stays.
    await say('hi');
    expect((await dana()).workingHours.timeZone).toBe('America/New_York');
  });

  it('refuses an unknown time zone and changes nothing', async () => {
    expect(await say('my time zone is Mars/Olympus_Mons')).toContain(
      '"Mars/Olympus_Mons" is not a time zone I know',
    );
    expect((await dana()).workingHours.timeZone).toBe('Europe/Warsaw');
    expect((await dana()).timeZoneSetByUser).toBeUndefined();
  });

  it('moves the digest to the time the seller asks for', async () => {
    expect(await say('send my digest at 7:30')).toContain(
      'Your digest now comes at 07:30 (Europe/Warsaw) on working days.',
    );
    expect((await dana()).digestTime).toBe('07:30');
    expect((await h.stores.jobs.get(digestJobId(DANA.id)))?.runAt).toBe('2026-03-03T06:30:00.000Z');
    expect(await say('send my digest at 31:00')).toContain('I could not read "31:00" as a time');
    expect((await dana()).digestTime).toBe('07:30');
  });
});
