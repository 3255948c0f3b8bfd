import { existsSync } from "node:fs";
import { chromium as playwright, type Browser } from "playwright-core";

/** Debian's Chromium, where a machine has it installed. */
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
/** Chromium runs offline here: no background connections to Google's hosts, no first-run UI. */
const QUIET_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];

/**
 * A headless Chromium for browser tests, with no system install needed: CHROMIUM_PATH when
 * set, else Debian's Chromium when present, else the Chromium shipped inside the
 * @sparticuz/chromium package (unpacked to /tmp on first use).
 */
export async function launchChromium(): Promise<{ browser: Browser; source: string }> {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) return { browser: await playwright.launch({ executablePath: explicit, args: QUIET_FLAGS }), source: explicit };
  if (existsSync(SYSTEM_CHROMIUM)) return { browser: await playwright.launch({ executablePath: SYSTEM_CHROMIUM, args: QUIET_FLAGS }), source: SYSTEM_CHROMIUM };
  const { default: packaged } = await import("@sparticuz/chromium");
  const executablePath = await packaged.executablePath();
  return {
    browser: await playwright.launch({ executablePath, args: [...packaged.args, ...QUIET_FLAGS] }),
    source: `@sparticuz/chromium (${executablePath})`,
  };
}
