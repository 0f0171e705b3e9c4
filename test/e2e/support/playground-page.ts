// Drives the Agents Playground's web page like a user: types into the chat box, waits for the bot's
// cards and texts, presses card buttons, takes screenshots; and reads its log panel for problems.
//
// What the page looks like (Playground 0.2.28): the chat box is a Lexical contenteditable
// ([data-lexical-editor=true]); each message has a header ([aria-label="Message header"]) with its
// author ([aria-label="Message author"], "Test Bot" for the bot); cards are rendered by the
// adaptivecards library (.ac-adaptiveCard) with Fluent buttons (role=button, aria-label = the
// action's title; Action.OpenUrl gets role=link); the log
// panel is a contenteditable list whose items say "(!) Warning: " or "(×) Error: " before a problem,
// and "<activity> <status>" for every HTTP exchange. The same items arrive as JSON on the
// /_ws/log/stream websocket, which is what this driver reads first.

import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { Recorder } from './recorder.js';

export const SCREENSHOT_DIR = path.resolve('test-results', 'e2e');
/** Every screenshotted card's rendered height, one line each: "<file> <height>px". */
export const HEIGHTS_FILE = path.join(SCREENSHOT_DIR, 'card-heights.txt');
/** Taller than this, a card must let the reader fold it (a toggle or a "show more"). */
export const TALL_CARD_PX = 1200;

/** One entry of the Playground's log (its server pushes them over a websocket). */
export interface PlaygroundLogItem {
  type: 'text' | 'bot';
  level?: 'default' | 'warning' | 'error';
  displayText?: string;
  activityName?: string;
  from?: string;
  to?: string;
  response?: { statusCode?: number };
}

export interface PageOptions {
  browser: Browser;
  url: string;
  recorder: Recorder;
  /** Prefix of screenshot names, e.g. the test file's name. */
  name: string;
  /** The browser's time zone: the Playground reports it to the bot as the user's. */
  timeZone?: string;
}

const CARD = '.ac-adaptiveCard';

/**
 * Warnings about Teams features the Playground itself lacks, for cards that are right for Teams.
 * They are kept in `limitations` (and printed) instead of failing the suite. Keep this list short:
 * every entry is a decision that the card is right and the Playground is what falls short. None
 * today: pushed cards leave out Universal Actions refresh in local mode (CARD_REFRESH).
 */
export const KNOWN_PLAYGROUND_LIMITATIONS: readonly RegExp[] = [];
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export class PlaygroundPage {
  readonly logItems: PlaygroundLogItem[] = [];
  readonly pageErrors: string[] = [];
  /** Requests the page tried to make off this machine (fonts, animations on Microsoft's CDN): blocked. */
  readonly blockedRequests: string[] = [];
  /** Warnings matching KNOWN_PLAYGROUND_LIMITATIONS: reported, not failed on. */
  readonly limitations = new Set<string>();
  private shots = 0;
  /** The rendered height of every card screenshotted so far, in order. */
  readonly heights: { label: string; height: number }[] = [];

  private constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
    private readonly options: PageOptions,
  ) {}

  static async open(options: PageOptions): Promise<PlaygroundPage> {
    const context = await options.browser.newContext({
      // Tall, so that a long card fits in the chat pane and no toolbar covers part of its screenshot.
      viewport: { width: 1280, height: 1800 },
      locale: 'en-US',
      timezoneId: options.timeZone ?? 'America/New_York',
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    const driver = new PlaygroundPage(page, context, options);
    // Nothing leaves the machine: the page would fetch fonts from a CDN, which CI cannot reach.
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'data:' || url.protocol === 'blob:' || LOOPBACK.has(url.hostname)) {
        await route.continue();
        return;
      }
      driver.blockedRequests.push(url.href);
      await route.abort('blockedbyclient');
    });
    page.on('pageerror', (error) => driver.pageErrors.push(error.message));
    page.on('websocket', (socket) => {
      if (!socket.url().includes('/_ws/log/stream')) return;
      socket.on('framereceived', (frame) => {
        try {
          const message = JSON.parse(String(frame.payload)) as {
            logAction?: string;
            log?: PlaygroundLogItem;
          };
          if (message.logAction === 'appendLog' && message.log) driver.logItems.push(message.log);
        } catch {
          // Not a log item: nothing to check.
        }
      });
    });
    const installed = options.recorder.exchanges.length;
    await page.goto(options.url);
    await page.locator('[data-lexical-editor=true]').waitFor({ state: 'visible', timeout: 30_000 });
    // On load the Playground installs the app (installationUpdate, conversationUpdate); let the
    // bot answer those before the test types, so replies arrive in the order a user would see.
    await options.recorder.next(installed, (exchange) => exchange.activity === 'conversationUpdate', 30_000);
    await driver.ensureLogPanel();
    return driver;
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  // ---- Chat --------------------------------------------------------------------------------

  /** Types `text` into the chat box and sends it; resolves when the bot has answered the HTTP call. */
  async sendMessage(text: string): Promise<void> {
    const from = this.options.recorder.exchanges.length;
    const box = this.page.locator('[data-lexical-editor=true]');
    await box.click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
    await this.options.recorder.next(
      from,
      (exchange) => exchange.activity === 'message' && exchange.summary === text,
      30_000,
    );
  }

  /** Every card in the conversation, oldest first. */
  cards(): Locator {
    return this.page.locator(CARD);
  }

  async cardCount(): Promise<number> {
    return this.cards().count();
  }

  /**
   * The first card after the first `after` cards (all cards by default) that contains `text`;
   * waits for it to appear. Pass `after: await cardCount()` taken before an action to get only new cards.
   */
  async waitForCard(
    options: { text?: string | RegExp; after?: number; timeoutMs?: number } = {},
  ): Promise<Locator> {
    const after = options.after ?? 0;
    const timeout = options.timeoutMs ?? 20_000;
    const deadline = Date.now() + timeout;
    for (;;) {
      const count = await this.cards().count();
      for (let i = after; i < count; i++) {
        const card = this.cards().nth(i);
        if (!options.text) return card;
        const content = await card.innerText().catch(() => '');
        if (typeof options.text === 'string' ? content.includes(options.text) : options.text.test(content)) {
          return card;
        }
      }
      if (Date.now() > deadline) {
        throw new Error(
          `no card${options.text ? ` containing ${String(options.text)}` : ''} after card #${after} within ${timeout} ms; the bot's cards say:\n${(await this.cards().allInnerTexts()).join('\n---\n')}`,
        );
      }
      await this.page.waitForTimeout(150);
    }
  }

  /** Waits for a plain-text message from the bot that matches. */
  async waitForBotText(text: string | RegExp, timeoutMs = 20_000): Promise<Locator> {
    const message = this.page
      .locator('[aria-label="Message header"]:has([aria-label="Message author"]) + div p')
      .filter({ hasText: text });
    await message.first().waitFor({ state: 'visible', timeout: timeoutMs });
    return message.first();
  }

  /**
   * Presses the button titled `title` on `card` (an Action.Execute goes to the bot as an invoke)
   * and waits until the bot answered it and the card changed in place. Returns the card's new text.
   */
  async clickCardButton(card: Locator, title: string | RegExp, timeoutMs = 20_000): Promise<string> {
    const before = await card.innerText();
    const from = this.options.recorder.exchanges.length;
    await card
      .getByRole('button', { name: title, exact: typeof title === 'string' })
      .first()
      .click();
    const exchange = await this.options.recorder.next(
      from,
      (candidate) => candidate.activity.startsWith('invoke') || candidate.activity.startsWith('message'),
      timeoutMs,
    );
    if (exchange.status < 200 || exchange.status > 299) {
      throw new Error(`the bot answered the button "${String(title)}" with HTTP ${exchange.status}`);
    }
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const after = await card.innerText().catch(() => before);
      if (after !== before) return after;
      if (Date.now() > deadline)
        throw new Error(`the card did not change within ${timeoutMs} ms of "${String(title)}"`);
      await this.page.waitForTimeout(100);
    }
  }

  /** Saves test-results/e2e/<name>-<NN>-<label>.png of the card, for people to look at. */
  async screenshotCard(card: Locator, label: string): Promise<string> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(
      SCREENSHOT_DIR,
      `${this.options.name}-${String(++this.shots).padStart(2, '0')}-${slug(label)}.png`,
    );
    // A card taller than the chat pane would be captured while scrolled, under the Playground's
    // toolbar: grow the window to fit it for the shot, then put it back.
    const size = this.page.viewportSize();
    const height = (await card.boundingBox())?.height ?? 0;
    // Recorded for every card the suite looks at, so a card growing tall shows up in the output.
    this.heights.push({ label, height: Math.round(height) });
    appendFileSync(HEIGHTS_FILE, `${path.basename(file)} ${Math.round(height)}px\n`);
    console.info(`card ${this.options.name}/${label}: ${Math.round(height)} px`);
    const grow = size !== null && height + 400 > size.height;
    if (grow) await this.page.setViewportSize({ width: size.width, height: Math.ceil(height + 400) });
    try {
      await card.scrollIntoViewIfNeeded();
      await card.screenshot({ path: file, animations: 'disabled' });
    } finally {
      if (grow) await this.page.setViewportSize(size);
    }
    return file;
  }

  async screenshotPage(label: string): Promise<string> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, `${this.options.name}-page-${slug(label)}.png`);
    await this.page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
    return file;
  }

  // ---- Problems ----------------------------------------------------------------------------

  /** The log panel is where the Playground reports problems; make sure it is open. */
  private async ensureLogPanel(): Promise<void> {
    if (await this.page.getByText('Log Panel', { exact: true }).isVisible()) return;
    await this.page.getByTitle('Toggle Log Panel').click();
    await this.page.getByText('Log Panel', { exact: true }).waitFor({ state: 'visible' });
  }

  /**
   * Everything the Playground reported as wrong: warnings and errors in its log (card features it
   * cannot render, invalid responses), any HTTP status other than 2xx in either direction, and
   * uncaught errors in the page. Empty when all is well.
   */
  async problems(): Promise<string[]> {
    const problems: string[] = [];
    const known = (text: string): boolean => {
      if (!KNOWN_PLAYGROUND_LIMITATIONS.some((pattern) => pattern.test(text))) return false;
      this.limitations.add(text);
      return true;
    };
    for (const item of this.logItems) {
      if ((item.level === 'warning' || item.level === 'error') && !known(item.displayText ?? '')) {
        problems.push(`Playground log ${item.level}: ${item.displayText ?? ''}`);
      }
      const status = item.response?.statusCode;
      if (item.type === 'bot' && status !== undefined && (status < 200 || status > 299)) {
        problems.push(`Playground log: ${item.from} -> ${item.to} ${item.activityName} ${status}`);
      }
    }
    // Items the page adds by itself (e.g. a card it cannot render) never cross the websocket.
    const panel = this.page.locator('[contenteditable="true"][spellcheck="false"]');
    for (const text of await panel
      .locator('div')
      .filter({ hasText: /\((!|×)\) (Warning|Error):/ })
      .allInnerTexts()) {
      const line = text.replace(/\s+/g, ' ').trim();
      if (!known(line)) problems.push(`Playground log panel: ${line}`);
    }
    for (const error of this.pageErrors) problems.push(`page error: ${error}`);
    return problems;
  }
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}
