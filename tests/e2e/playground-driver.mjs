// Drives the Microsoft 365 Agents Playground web UI in headless Chromium for the E2E tests.
// Protocol: one JSON command per stdin line, {"id":1,"op":"send","text":"help"}; one JSON answer per
// stdout line, {"id":1,"ok":true,"value":...} or {"id":1,"ok":false,"error":"...","screenshot":"..."}.
// Env: SCREENSHOT_DIR (required), CHROMIUM_PATH (default /usr/bin/chromium).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { chromium } from 'playwright-core';

const screenshotDir = process.env.SCREENSHOT_DIR;
if (!screenshotDir) throw new Error('SCREENSHOT_DIR is required');
mkdirSync(screenshotDir, { recursive: true });

const profile = mkdtempSync(path.join(os.tmpdir(), 'e2e-chromium-'));
let context, page, shots = 0, lastScreenshot = null;
// Where the next reply is expected: bot messages after `baseline` in a chat, or the thread of `thread` in a channel.
let baseline = 0, thread = null;
// The message or card the test last waited for; screenshotted whole when it is taller than the window.
let focus = null;

const botMessages = () => page.locator('.fai-OutputCard');
const card = (text) => page.locator('.ac-adaptiveCard').filter({ hasText: text }).last();
const wait = (timeout) => ({ timeout: timeout ?? 20_000 });

const ops = {
  async open({ url }) {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1280, height: 1000 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    page = context.pages()[0] ?? await context.newPage();
    // The UI asks a CDN for fonts; nothing may leave the machine, and the page is fine without them.
    await page.route((url) => !['127.0.0.1', 'localhost'].includes(new URL(url).hostname), (route) => route.abort());
    await page.goto(url);
    await compose().waitFor(wait());
    // The log panel takes a third of the width; the cards read better without it.
    const logToggle = page.locator('button[title="Toggle Log Panel"]');
    if (await page.getByText('Log Panel', { exact: true }).isVisible()) await logToggle.click();
  },

  async chat({ name }) {
    await page.locator(`button[aria-label="${name}"]`).click();
    baseline = await botMessages().count();
  },

  async send({ text }) {
    baseline = await botMessages().count();
    thread = null;
    await compose().click();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  },

  // A chat message that @mentions the bot, picked from the mention menu as a user would: in a group chat the bot
  // hears only messages that mention it.
  async sendMention({ mention, text }) {
    baseline = await botMessages().count();
    thread = null;
    await compose().click();
    await page.keyboard.type(`@${mention.split(' ')[0]}`);
    await page.locator('#typeahead-menu [role="menuitem"]').filter({ hasText: mention }).click();
    await page.keyboard.type(` ${text}`);
    await page.keyboard.press('Enter');
  },

  // A new channel post that @mentions the bot, picked from the mention menu as a user would.
  async post({ mention, text }) {
    thread = text;
    await page.getByRole('group').filter({ hasText: 'Start a new post' }).getByRole('textbox').click();
    await page.keyboard.type(`@${mention.split(' ')[0]}`);
    await page.locator('#typeahead-menu [role="menuitem"]').filter({ hasText: mention }).click();
    await page.keyboard.type(` ${text}`);
    await page.getByRole('button', { name: 'Post', exact: true }).click();
  },

  // Waits for a bot message that arrived after the last send/click and contains the text, or in a
  // channel for the reply in the thread of the last post.
  async reply({ contains, timeout }) {
    if (thread) {
      const posted = page.locator('.fui-Card[role="group"]').filter({ hasText: thread }).first();
      await posted.filter({ hasText: contains }).waitFor(wait(timeout));
      focus = posted;
      return posted.innerText();
    }
    const found = await page.waitForFunction(([selector, from, text]) =>
      [...document.querySelectorAll(selector)].slice(from).map((m) => m.innerText).find((t) => t.includes(text)),
      ['.fai-OutputCard', baseline, contains], wait(timeout));
    focus = botMessages().filter({ hasText: contains }).last();
    return found.jsonValue();
  },

  // Waits for any Adaptive Card containing the text (cards replaced in place by Action.Execute count too).
  async card({ contains, timeout }) {
    await card(contains).waitFor(wait(timeout));
    focus = card(contains);
    return card(contains).innerText();
  },

  // Hovers the n-th citation marker of the message last waited for, as a reader checking a source
  // would, and returns the preview Teams shows: its text and the document link.
  async citation({ number, timeout }) {
    if (!focus) throw new Error('wait for a reply before looking at its citations');
    await focus.locator('.fai-Citation').nth(number - 1).hover();
    const preview = page.locator('.fai-PreviewSurface[role="dialog"]').last();
    await preview.waitFor(wait(timeout));
    // Let the fade-in finish, or the screenshot catches it half transparent.
    await preview.evaluate((e) => Promise.all(e.getAnimations({ subtree: true }).map((a) => a.finished)));
    return { text: await preview.innerText(), url: await preview.locator('a[href^="http"]').first().getAttribute('href') };
  },

  async countCards({ contains }) {
    return page.locator('.ac-adaptiveCard').filter({ hasText: contains }).count();
  },

  async fill({ card: cardText, label, value }) {
    const input = await field(cardText, label);
    if (await input.getAttribute('role') === 'combobox' && /^\d{4}-\d{2}-\d{2}$/.test(value)) await pickDate(input, value);
    else await input.fill(value);
  },

  // Picks options of a choice question: from the drop-down of a compact one, or the radio buttons or
  // check boxes of an expanded one.
  async choose({ card: cardText, label, options }) {
    const input = await field(cardText, label);
    if (await input.getAttribute('role') === 'combobox') {
      await input.click();
      for (const option of options) await page.getByRole('option', { name: option, exact: true }).click();
      if (await page.getByRole('listbox').isVisible()) await page.keyboard.press('Escape');
      return;
    }
    for (const option of options) await input.locator('label').filter({ hasText: exactly(option) }).click();
  },

  async check({ card: cardText, title }) {
    await card(cardText).getByRole('checkbox', { name: title }).check();
  },

  async click({ card: cardText, button }) {
    baseline = await botMessages().count();
    await card(cardText).getByRole('button', { name: button, exact: true }).click();
  },

  async screenshot({ name }) {
    return screenshot(name);
  },

  async close() {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
    setImmediate(() => process.exit(0));
  },
};

// The input (or radio/check box group) a card question's label points at. The label is matched from
// its start ("Date" is not "Due date"), so a long question can be named by its first words.
async function field(cardText, label) {
  const question = card(cardText).locator('label.ac-richTextBlock').filter({ hasText: startsWith(label) }).first();
  await question.waitFor(wait());
  return card(cardText).locator(`[id="${await question.getAttribute('for')}"]`);
}

// Input.Date is a date picker that ignores typing: page its calendar to the month, then click the day.
async function pickDate(input, iso) {
  const [year, month, day] = iso.split('-').map(Number);
  const monthName = new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  await input.click();
  const calendar = page.getByRole('dialog', { name: 'Calendar' });
  for (let step = 0; step < 240; step++) {
    const [shownName, shownYear] = (await calendar.locator('button[aria-label]').first().getAttribute('aria-label')).split(' ');
    const shown = Number(shownYear) * 12 + new Date(`${shownName} 1, 2000`).getMonth();
    const wanted = year * 12 + month - 1;
    if (shown === wanted) {
      await calendar.locator(`button[aria-label="${day}, ${monthName}, ${year}"]`).first().click();
      return;
    }
    await calendar.locator(`button[title^="${shown < wanted ? 'Next month' : 'Previous month'}"]`).click();
  }
  throw new Error(`could not reach ${iso} in the calendar`);
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startsWith = (text) => new RegExp(`^\\s*${escape(text)}`);
const exactly = (text) => new RegExp(`^\\s*${escape(text)}\\s*$`);

function compose() {
  return page.locator('[contenteditable="true"][role="textbox"]').first();
}

async function screenshot(name) {
  const file = path.join(screenshotDir, `${String(++shots).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
  await page.screenshot({ path: file });
  lastScreenshot = file;
  // The focused card may have been replaced since (Action.Execute); then there is nothing more to capture.
  const box = focus && await focus.count() > 0 ? await focus.boundingBox({ timeout: 2000 }).catch(() => null) : null;
  const window = page.viewportSize();
  if (box && box.height > window.height * 0.8) {
    // The chat scrolls inside the page, so the window is made tall enough to show the whole card.
    await page.setViewportSize({ width: window.width, height: Math.ceil(box.height) + 300 });
    await focus.scrollIntoViewIfNeeded();
    await focus.screenshot({ path: file.replace(/\.png$/, '-whole-card.png') });
    await page.setViewportSize(window);
  }
  return file;
}

const out = (answer) => process.stdout.write(JSON.stringify(answer) + '\n');

for await (const line of readline.createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const { id, op, ...args } = JSON.parse(line);
  try {
    if (!ops[op]) throw new Error(`unknown op ${op}`);
    out({ id, ok: true, value: (await ops[op](args)) ?? null });
  } catch (e) {
    let shot = lastScreenshot;
    if (page) shot = await screenshot(`failed-${op}`).catch(() => lastScreenshot);
    const recent = page ? await botMessages().allInnerTexts().then((t) => t.slice(-3).map((m) => m.replace(/\n+/g, ' | ').slice(0, 400))).catch(() => []) : [];
    out({ id, ok: false, error: e.message.split('\n')[0], screenshot: shot, recentBotMessages: recent });
  }
}
await context?.close().catch(() => {});
rmSync(profile, { recursive: true, force: true });
