import assert from "node:assert/strict";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type { Browser } from "playwright-core";
import { launchChromium } from "../helpers/browser.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/database.ts";
import { startTestGateway, type TestGateway } from "../helpers/gateway.ts";

/** GraphiQL (ruru) in a real browser: Chromium (the system's or a packaged one) driven by playwright-core. */
describe("GraphiQL in Chromium", () => {
  let db: TestDatabase;
  let gw: TestGateway;
  let browser: Browser;
  beforeAll(async () => {
    db = await createTestDatabase({ stage: "migrated" });
    gw = await startTestGateway(db);
    ({ browser } = await launchChromium());
  });
  afterAll(async () => {
    await browser?.close();
    await gw?.close();
    await db?.drop();
  });

  test("opens at /graphiql with the example operations and a place for the token, runs a query and shows the result", async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on("requestfailed", (r) => failed.push(r.url()));
    await page.goto(`${gw.url}/graphiql`);
    await page.waitForSelector(".graphiql-container", { timeout: 30_000 });
    // The saved examples are in the editor.
    await page.waitForFunction(() => document.body.innerText.includes("LeadBoard"), null, { timeout: 30_000 });
    // Replace them with one query and run it.
    const editor = page.locator(".graphiql-query-editor").first();
    await editor.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.insertText("query PublishedPages { cmsContents { totalCount } }");
    // GraphiQL picks the operation to run from the editor after a short debounce (its tab is renamed).
    await page.waitForFunction(() => [...document.querySelectorAll("[role=tab], .graphiql-tab")].some((t) => t.textContent?.includes("PublishedPages")), null, { timeout: 10_000 });
    await page.locator(".graphiql-execute-button").first().click();
    await page.waitForFunction(() => /"totalCount":\s*\d+/.test(document.querySelector(".graphiql-response")?.textContent ?? ""), null, { timeout: 30_000 });
    const response = await page.locator(".graphiql-response").first().textContent();
    const published = (await db.query("select count(*)::int as n from cms_content where content_type = 'page' and status = 'published'")).rows[0].n;
    assert.match(response ?? "", new RegExp(`"totalCount":\\s*${published}`));
    // The headers editor offers the Authorization header for a bearer token.
    const html = await page.content();
    assert.match(html, /Authorization/);
    assert.deepEqual(failed.filter((u) => u.startsWith(gw.url)), [], "every GraphiQL asset is served by the gateway itself");
    await page.close();
  });
});
