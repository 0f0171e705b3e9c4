// Managers and sellers typing in Polish, Vietnamese, Galician and Hindi, as chats over real HTTP on
// a real SQLite file: each command gives what the same command typed in English gives (the
// sequence made from the template, the record qualified, the step done, the vacation set). The
// answers' language is the catalogue's business; these tests look at what was done. And the
// language a user chooses ("język: polski") is kept over what Teams says.

import type { TurnContext } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTurn } from '../../src/bot/turn.js';
import type { Sequence } from '../../src/domain/model.js';
import { type TestUser } from '../helpers/activities.js';
import { startHarness, tempDataDir, type Harness } from '../helpers/harness.js';
import { actionsOf, press, say } from '../helpers/manager-chat.js';
import { connect, createRecord, sequenceFromTemplate } from '../helpers/seller-world.js';

const ADMIN_EN: TestUser = { id: 'aad-admin-en', name: 'Alex Admin', timeZone: 'Europe/London' };

let h: Harness;
const people: TestUser[] = [];

beforeEach(async () => {
  people.length = 0;
  h = await startHarness({
    dataDir: tempDataDir(),
    env: {
      ADMIN_IDS: ['aad-admin-en', 'aad-admin-pl', 'aad-admin-vi', 'aad-admin-gl', 'aad-admin-hi'].join(','),
    },
  });
  await say(h, ADMIN_EN, 'hello');
});
afterEach(async () => {
  await h.close();
});

const stored = async (user: TestUser) => (await h.stores.users.get(user.id))!;

async function sequenceNamed(name: string): Promise<Sequence> {
  const found = (await h.stores.sequences.list()).find((sequence) => sequence.name === name);
  if (!found) throw new Error(`no sequence ${name}`);
  return found;
}

/** The sequence the English command makes, to compare with the one made in another language. */
async function madeInEnglish(): Promise<Sequence> {
  await say(h, ADMIN_EN, 'create sequence from product demo template named Demo EN');
  return sequenceNamed('Demo EN');
}

const sameSequence = (made: Sequence, english: Sequence): void => {
  expect(made).toMatchObject({
    templateId: english.templateId,
    recordType: english.recordType,
    status: 'draft',
    graph: english.graph,
  });
};

describe('the language a user chooses', () => {
  const ANNA: TestUser = { id: 'aad-anna', name: 'Anna Nowak', timeZone: 'Europe/Warsaw', locale: 'en-US' };

  it('keeps "język: polski" over the locale Teams sends, and goes back with "speak English"', async () => {
    await say(h, ANNA, 'hello');
    expect((await stored(ANNA)).language).toBeUndefined();

    await say(h, ANNA, 'język: polski');
    expect(await stored(ANNA)).toMatchObject({ language: 'pl', locale: 'en-US' });

    // Later turns still come with Teams' "en-US": the choice stays, and Polish commands are read first.
    await say(h, { ...ANNA, locale: 'en-GB' }, 'co mam dziś do zrobienia?');
    expect(await stored(ANNA)).toMatchObject({ language: 'pl', locale: 'en-GB' });

    await say(h, ANNA, 'speak English');
    expect((await stored(ANNA)).language).toBe('en');
    await say(h, ANNA, 'hi');
    expect((await stored(ANNA)).language).toBe('en');
  });

  it("is the turn's locale, before the user's Teams locale and the activity's", async () => {
    await say(h, ANNA, 'język: polski');
    const context = { activity: { locale: 'en-US' } } as unknown as TurnContext;
    const user = await stored(ANNA);
    expect(createTurn(context, h.ctx, user).locale).toBe('pl');
    expect(createTurn(context, h.ctx, { ...user, language: undefined }).locale).toBe('en-US');
  });

  it('understands the choice in every language, whatever the locale', async () => {
    const cases: [string, string][] = [
      ['tiếng Việt', 'vi'],
      ['idioma galego', 'gl'],
      ['हिंदी में बात करो', 'hi'],
      ['mów po polsku', 'pl'],
      ['language: english', 'en'],
    ];
    for (const [text, code] of cases) {
      await say(h, ANNA, text);
      expect((await stored(ANNA)).language, text).toBe(code);
    }
  });

  it('answers a language it does not speak with the five it does, and changes nothing', async () => {
    await say(h, ANNA, 'język: polski');
    const answer = await say(h, ANNA, 'language: klingon');
    for (const name of ['English', 'Tiếng Việt', 'Galego', 'हिंदी', 'Polski'])
      expect(answer.all).toContain(name);
    expect((await stored(ANNA)).language).toBe('pl');
  });
});

describe('a Polish manager and seller', () => {
  const ADMIN: TestUser = {
    id: 'aad-admin-pl',
    name: 'Adam Nowicki',
    timeZone: 'Europe/Warsaw',
    locale: 'pl-PL',
  };
  const SELLER: TestUser = {
    id: 'aad-seller-pl',
    name: 'Ewa Lis',
    timeZone: 'Europe/Warsaw',
    locale: 'pl-PL',
  };

  it('creates from "demo produktu" what "product demo" creates, activates it and connects a record', async () => {
    await say(h, ADMIN, 'cześć');
    await say(h, SELLER, 'cześć');
    const english = await madeInEnglish();

    const templates = await say(h, ADMIN, 'pokaż szablony');
    expect(templates.cards).toHaveLength(1);
    await say(h, ADMIN, 'utwórz sekwencję z szablonu demo produktu o nazwie Demo Q3');
    const made = await sequenceNamed('Demo Q3');
    sameSequence(made, english);
    expect(made.ownerId).toBe(ADMIN.id);

    // Without accents, the same.
    await say(h, ADMIN, 'utworz sekwencje z szablonu demo produktu o nazwie Demo Q4');
    sameSequence(await sequenceNamed('Demo Q4'), english);

    const asked = await say(h, ADMIN, 'aktywuj sekwencję Demo Q3');
    const activate = actionsOf(asked.cards[0]).find((action) => /activate/i.test(action.verb));
    expect(activate, JSON.stringify(asked.all)).toBeDefined();
    await press(h, ADMIN, asked.cards[0], activate!.verb);
    expect((await sequenceNamed('Demo Q3')).status).toBe('active');

    const deal = await createRecord(h, SELLER, {
      type: 'opportunity',
      name: 'Kontrakt Contoso',
      company: 'Contoso',
    });
    await say(h, ADMIN, 'połącz Kontrakt Contoso z sekwencją Demo Q3');
    const [enrollment] = await h.stores.enrollments.list();
    expect(enrollment).toMatchObject({
      recordId: deal.id,
      sequenceId: made.id,
      sellerId: SELLER.id,
      status: 'active',
    });
  });

  it("runs the seller's day: up next, done, skip, an outcome, qualify, disqualify, vacation and back", async () => {
    await say(h, SELLER, 'cześć');
    await sequenceFromTemplate(h, 'product-demo');
    const deal = await createRecord(h, SELLER, {
      type: 'opportunity',
      name: 'Kontrakt Contoso',
      company: 'Contoso',
    });
    const enrollmentId = await connect(h, 'seq-product-demo', deal.id);
    const actions = async () => (await h.stores.enrollments.get(enrollmentId))!.history.map((e) => e.action);

    const upNext = await say(h, SELLER, 'co mam dziś do zrobienia?');
    expect(upNext.all).toContain('Kontrakt Contoso');

    await say(h, SELLER, 'zrobione dla Kontrakt Contoso');
    expect(await actions()).toContain('completed');
    await say(h, SELLER, 'pomiń krok dla Kontrakt Contoso');
    expect(await actions()).toContain('skipped');

    // The typed outcomes: the e-mail sent, no reply (the call path), the call not answered.
    const contact = await createRecord(h, SELLER, { type: 'contact', name: 'Anna Nowak', company: 'Adatum' });
    await sequenceFromTemplate(h, 'no-show');
    const noShow = await connect(h, 'seq-no-show', contact.id);
    const history = async () => (await h.stores.enrollments.get(noShow))!.history;
    await say(h, SELLER, 'wysłałem maila do Anny Nowak');
    expect((await history()).some((e) => e.action === 'completed' && e.outcome === 'sent')).toBe(true);
    await say(h, SELLER, 'brak odpowiedzi od Anny Nowak');
    expect((await history()).filter((e) => e.action === 'branched')).toHaveLength(1);
    await say(h, SELLER, 'dzwoniłem do Anny Nowak, ale nie odebrała');
    expect((await history()).some((e) => e.action === 'completed' && e.outcome === 'notAnswered')).toBe(true);

    const lead = await createRecord(h, SELLER, { type: 'lead', name: 'Jan Kowalski', company: 'Fabrikam' });
    await say(h, SELLER, 'zakwalifikuj Jan Kowalski');
    expect((await h.stores.records.get(lead.id))?.status).toBe('qualified');
    // Without the accent of the name, the same lead.
    const other = await createRecord(h, SELLER, {
      type: 'lead',
      name: 'Piotr Wiśniewski',
      company: 'Adatum',
    });
    await say(h, SELLER, 'zdyskwalifikuj Piotr Wisniewski');
    expect((await h.stores.records.get(other.id))?.status).toBe('disqualified');

    await say(h, SELLER, 'jestem na urlopie do piątku');
    const away = await stored(SELLER);
    // Monday 2 March 2026 → back on Friday 6 March at 8:00 in Warsaw.
    expect(away.pausedUntil).toBe('2026-03-06T07:00:00.000Z');
    expect((await h.stores.enrollments.get(enrollmentId))?.status).toBe('paused');
    await say(h, SELLER, 'wróciłam z urlopu');
    expect((await stored(SELLER)).pausedUntil).toBeUndefined();
    expect((await h.stores.enrollments.get(enrollmentId))?.status).toBe('active');
  });
});

describe('a Vietnamese, a Galician and a Hindi manager and seller', () => {
  const cases = [
    {
      code: 'vi',
      locale: 'vi-VN',
      zone: 'Asia/Ho_Chi_Minh',
      create: 'tạo trình tự từ mẫu Cuộc họp theo yêu cầu demo về sản phẩm tên là Demo Q3',
      createPlain: 'tao trinh tu tu mau demo san pham ten la Demo Q4',
      activate: 'kích hoạt trình tự Demo Q3',
      connect: 'kết nối Nguyễn Văn An với trình tự Demo Q3',
      record: 'Nguyễn Văn An',
      done: 'xong bước cho Nguyễn Văn An',
      lead: 'Trần Thị Bình',
      qualify: 'đánh dấu Trần Thị Bình là đủ điều kiện',
      away: 'tôi nghỉ phép đến thứ sáu',
      back: 'tôi đã trở lại',
    },
    {
      code: 'gl',
      locale: 'gl-ES',
      zone: 'Europe/Madrid',
      create:
        'crea unha secuencia a partir do modelo Reunión para solicitudes de demostración de produtos chamada Demo Q3',
      createPlain: 'crea unha secuencia a partir do modelo demostracion de produtos chamada Demo Q4',
      activate: 'activa a secuencia Demo Q3',
      connect: 'conecta a Xoán Pérez coa secuencia Demo Q3',
      record: 'Xoán Pérez',
      done: 'feito con Xoán Pérez',
      lead: 'María Castro',
      qualify: 'cualifica a María Castro',
      away: 'estou de vacacións ata o venres',
      back: 'volvín das vacacións',
    },
    {
      code: 'hi',
      locale: 'hi-IN',
      zone: 'Asia/Kolkata',
      create: 'उत्पाद डेमो अनुरोधों के लिए मीटिंग टेम्पलेट से नया अनुक्रम Demo Q3 नाम से बनाओ',
      createPlain: 'उत्पाद डेमो टेम्पलेट से नया अनुक्रम Demo Q4 नाम से बनाएं',
      activate: 'अनुक्रम Demo Q3 सक्रिय करो',
      connect: 'राहुल शर्मा को अनुक्रम Demo Q3 से जोड़ो',
      record: 'राहुल शर्मा',
      done: 'राहुल शर्मा का काम हो गया',
      lead: 'प्रिया वर्मा',
      qualify: 'प्रिया वर्मा को योग्य घोषित करो',
      away: 'मैं शुक्रवार तक छुट्टी पर हूँ',
      back: 'मैं वापस आ गया',
    },
  ];

  it.each(cases)(
    '$code: create from the template named in the language, activate, connect, done, qualify, vacation',
    async (c) => {
      const ADMIN: TestUser = {
        id: `aad-admin-${c.code}`,
        name: `Admin ${c.code}`,
        timeZone: c.zone,
        locale: c.locale,
      };
      const SELLER: TestUser = {
        id: `aad-seller-${c.code}`,
        name: `Seller ${c.code}`,
        timeZone: c.zone,
        locale: c.locale,
      };
      await say(h, ADMIN, 'hello');
      await say(h, SELLER, 'hello');
      const english = await madeInEnglish();

      await say(h, ADMIN, c.create);
      const made = await sequenceNamed('Demo Q3');
      sameSequence(made, english);
      await say(h, ADMIN, c.createPlain);
      sameSequence(await sequenceNamed('Demo Q4'), english);

      const asked = await say(h, ADMIN, c.activate);
      const activate = actionsOf(asked.cards[0]).find((action) => /activate/i.test(action.verb));
      expect(activate, asked.all).toBeDefined();
      await press(h, ADMIN, asked.cards[0], activate!.verb);
      expect((await sequenceNamed('Demo Q3')).status).toBe('active');

      const deal = await createRecord(h, SELLER, { type: 'opportunity', name: c.record, company: 'Contoso' });
      await say(h, ADMIN, c.connect);
      const [enrollment] = await h.stores.enrollments.list();
      expect(enrollment).toMatchObject({ recordId: deal.id, sequenceId: made.id, sellerId: SELLER.id });
      await h.ctx.runner.runDue();

      await say(h, SELLER, c.done);
      expect((await h.stores.enrollments.get(enrollment!.id))!.history.map((e) => e.action)).toContain(
        'completed',
      );

      const lead = await createRecord(h, SELLER, { type: 'lead', name: c.lead, company: 'Fabrikam' });
      await say(h, SELLER, c.qualify);
      expect((await h.stores.records.get(lead.id))?.status).toBe('qualified');

      await say(h, SELLER, c.away);
      expect((await stored(SELLER)).pausedUntil).toMatch(/^2026-03-06T/);
      await say(h, SELLER, c.back);
      expect((await stored(SELLER)).pausedUntil).toBeUndefined();
    },
  );
});
