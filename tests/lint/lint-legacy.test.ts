import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, test } from "@jest/globals";
import { AllowListError, globToRegExp } from "../../server/lint/allow-list.ts";
import { lintLegacy, scanFile, sourceFiles, type Finding } from "../../server/lint/lint-legacy.ts";
import { describeReplacement } from "../../server/lint/report.ts";
import { buildRules } from "../../server/lint/rules.ts";
import { loadSdkOperations, sdkDocumentFor } from "../../server/lint/sdk-documents.ts";
import { ROOT } from "../../server/paths.ts";

/**
 * The legacy-usage linter on a fixture frontend (tests/lint/fixtures/frontend): each line
 * says in a comment which findings it must produce (`expect:`) or the allow-list lets
 * through (`allowed:`); every other line must produce none.
 */

const FIXTURE = path.join(ROOT, "tests/lint/fixtures/frontend");
const rules = buildRules();
/** The SDK's document for a root field (its operations are still being written: no name is assumed). */
const sdk = (field: string) => sdkDocumentFor(field, loadSdkOperations()) ?? null;
/** How a finding names the SDK's document for a field, or says the SDK has none. */
const sdkPart = (field: string) => {
  const d = sdk(field);
  return d ? `, SDK ${d}` : ", no SDK document (write it with graphql(), client-sdk/README.md)";
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

interface Expected {
  file: string;
  line: number;
  legacy: string;
  kind: string;
  needle: string;
}

function expectations(marker: "expect" | "allowed"): Expected[] {
  const out: Expected[] = [];
  for (const abs of sourceFiles(FIXTURE)) {
    const file = path.relative(FIXTURE, abs).split(path.sep).join("/");
    readFileSync(abs, "utf8").split("\n").forEach((text, i) => {
      const m = new RegExp(`\\b${marker}: (.+?)\\s*(\\*/\\s*\\}?)?$`).exec(text);
      if (!m) return;
      for (const item of m[1]!.split(/,\s*/)) {
        const [, legacy, kind, needle] = /^([^:@]+):(\w+)(?:@(.+))?$/.exec(item)!;
        out.push({ file, line: i + 1, legacy: legacy!, kind: kind!, needle: needle ?? legacy!.split(".").pop()! });
      }
    });
  }
  return out;
}

const key = (f: { file: string; line: number; legacy: string; kind: string }) => `${f.file}:${f.line}  ${f.legacy} [${f.kind}]`;

function assertSameFindings(actual: Finding[], expected: Expected[]) {
  assert.deepEqual(actual.map(key).sort(), expected.map(key).sort());
  const lines = new Map<string, string[]>();
  for (const f of actual) {
    const source = lines.get(f.file) ?? readFileSync(path.join(FIXTURE, f.file), "utf8").split("\n");
    lines.set(f.file, source);
    const e = expected.find((e) => key(e) === key(f))!;
    const at = source[f.line - 1]!.slice(f.column - 1);
    assert.ok(at.startsWith(e.needle), `${key(f)}: column ${f.column} points at "${at.slice(0, 30)}", not at "${e.needle}"`);
  }
}

/** Runs the real command, as CI would. */
function salemate(args: string[], cwd = ROOT): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [path.join(ROOT, "server/bin/salemate.mjs"), ...args], { cwd, encoding: "utf8" }, (_err, stdout, stderr) =>
      resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

describe("salemate lint-legacy", () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "salemate-lint-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  test("finds every use the fixture marks, at the legacy name, and nothing else", () => {
    const result = lintLegacy(FIXTURE);
    const expected = expectations("expect");
    assert.ok(expected.length >= 50, `the fixture marks ${expected.length} uses`);
    for (const kind of ["from", "rpc", "sql", "realtime", "graphql", "column"]) {
      assert.ok(result.findings.some((f) => f.kind === kind), `no finding of kind ${kind}`);
    }
    assertSameFindings(result.findings, expected);
  });

  test("string concatenations, template literals and constants still name the table", () => {
    const wallet = lintLegacy(FIXTURE).findings.filter((f) => f.file === "src/lib/wallet.ts" && f.legacy === "wallet_transactions");
    assert.deepEqual(wallet.map((f) => [f.line, f.column, f.kind, f.use]), [
      [8, 24, "from", "list"], // .from('wallet_transactions')
      [9, 24, "from", "list"], // .from("wallet_transactions")
      [10, 24, "from", "list"], // .from(`wallet_transactions`)
      [11, 24, "from", "list"], // .from('wallet_' + 'transactions')
      [12, 23, "from", "create"], // .from(LEDGER_TABLE).insert(...)
    ]);
    const sql = lintLegacy(FIXTURE).findings.filter((f) => f.file === "src/lib/queries.ts" && f.legacy === "wallet_transactions");
    assert.deepEqual(sql.map((f) => [f.line, f.column]), [[7, 54], [16, 58]]); // `... ${schema}.wallet_transactions`, "from " + "wallet_transactions"
  });

  test("look-alike names, kept tables, comments, JSX text, storage buckets and dependencies are no findings", () => {
    const result = lintLegacy(FIXTURE);
    for (const file of ["src/lib/lookalikes.ts", "src/lib/notes.ts", "src/lib/supabase.ts"]) {
      assert.deepEqual(result.findings.filter((f) => f.file === file), [], file);
    }
    // A copy with dependencies and build output next to the sources: those are never scanned.
    const copy = path.join(tmp, "with-deps");
    cpSync(FIXTURE, copy, { recursive: true });
    for (const dir of ["node_modules/legacy-lib", "dist", ".next/server"]) {
      mkdirSync(path.join(copy, dir), { recursive: true });
      writeFileSync(path.join(copy, dir, "index.js"), `export const q = (s) => s.from("wallet_transactions");\n`);
    }
    const withDeps = lintLegacy(copy);
    assert.equal(withDeps.files, result.files);
    assert.deepEqual(withDeps.findings.map(key), result.findings.map(key));
  });

  test("SaleMate's own RPCs, tables and channels are reported with what answers them, or why nothing does", () => {
    const calls = lintLegacy(FIXTURE).findings.filter((f) => f.file === "src/lib/salemate-calls.ts" || f.file === "supabase/functions/auth-otp/index.ts");
    const said = new Map(calls.map((f) => [f.legacy, describeReplacement(f.replacement)]));
    const expected: Array<[string, string | RegExp]> = [
      ["accept_team_invitation", `table team_invites, GraphQL acceptTeamInvite${sdkPart("acceptTeamInvite")}`],
      ["reject_team_invitation", `table team_invites, GraphQL declineTeamInvite${sdkPart("declineTeamInvite")}`],
      ["add_to_wallet", `table profile_wallet_ledger, GraphQL createProfileWalletLedger${sdkPart("createProfileWalletLedger")}`],
      ["approve_purchase_request", /^kept as is: its name and signature keep working: .*20251201000970_legacy_functions\.sql/],
      ["calculate_next_send_at", /^kept as is: works on crm_scheduled_reports/],
      ["can_user_view", /^no replacement needed: row-level security decides/],
      ["deals", /^kept as is: .*the migration does not touch it/],
      ["team_members", `table team_memberships, GraphQL teamMemberships${sdkPart("teamMemberships")}`],
      ["lead_requests", `table lead_transactions, GraphQL leadTransactions${sdkPart("leadTransactions")}`],
      ["developers", /^no replacement yet: the app embeds it from projects/],
      ["wallet_topup_changes", /^no replacement yet: the gateway pushes nothing for the top-up queue/],
      ["notifications-", /^no replacement yet: new notifications are not pushed/],
      ["notification_events", `table activity_notifications, GraphQL activityNotifications${sdkPart("activityNotifications")}`],
      ["leads-changes", `GraphQL myLeadsFeed${sdkPart("myLeadsFeed")}`],
      ["create_otp", /^kept as is: auth-otp runs it/],
      ["otp_codes", /^kept as is: /],
    ];
    assert.deepEqual([...said.keys()].sort(), expected.map(([name]) => name).sort());
    for (const [name, text] of expected) {
      if (typeof text === "string") assert.equal(said.get(name), text, name);
      else assert.match(said.get(name)!, text, name);
    }
    // For tools: the status and the reason, apart.
    const approve = calls.find((f) => f.legacy === "approve_purchase_request")!;
    assert.equal(approve.replacement.status, "kept");
    assert.equal(approve.replacement.graphql, null);
    assert.match(approve.replacement.reason!, /finance or admins approve a pending purchase/);
    const developers = calls.find((f) => f.legacy === "developers")!;
    assert.equal(developers.replacement.status, "missing");
    assert.equal(developers.replacement.graphql, null);
    assert.match(developers.replacement.reason!, /embeds it from projects/);
  });

  test(".legacy-allow lets through the uses it names, and only those", () => {
    const result = lintLegacy(FIXTURE);
    assert.equal(result.allowList?.file, path.join(FIXTURE, ".legacy-allow"));
    assert.deepEqual(result.allowed.map(key).sort(), expectations("allowed").map(key).sort());
    // The edge function's lead_reminders are allowed by name, its lead_tags are not.
    assert.ok(result.findings.some((f) => f.file === "supabase/functions/reminder-scheduler/index.ts" && f.legacy === "lead_tags"));
    assert.deepEqual(result.allowList!.entries.map((e) => e.used), [2, 1]);
  });

  test("--allow replaces .legacy-allow; a name the map does not know is an error", () => {
    const empty = path.join(tmp, "empty-allow");
    writeFileSync(empty, "# nothing allowed\n");
    const strict = lintLegacy(FIXTURE, { allowFile: empty });
    assert.equal(strict.allowed.length, 0);
    assert.deepEqual(strict.findings.map(key).sort(), [...expectations("expect"), ...expectations("allowed")].map(key).sort());

    const byName = path.join(tmp, "by-name");
    writeFileSync(byName, "src/lib/wallet.ts:wallet_transactions   # being moved in PR 412\n**/*.graphql:profiles.manager_id\n");
    const partly = lintLegacy(FIXTURE, { allowFile: byName });
    assert.deepEqual(new Set(partly.allowed.map((f) => `${f.file} ${f.legacy}`)), new Set(["src/lib/wallet.ts wallet_transactions", "src/graphql/wallet.graphql profiles.manager_id"]));
    assert.ok(partly.findings.some((f) => f.file === "src/lib/wallet.ts" && f.legacy === "user_wallets"));
    assert.ok(partly.findings.some((f) => f.file === "src/legacy/AdminWallets.ts"));

    const unknown = path.join(tmp, "unknown");
    writeFileSync(unknown, "src/**\nsrc/lib/*.ts:wallet_transaction\n");
    assert.throws(() => lintLegacy(FIXTURE, { allowFile: unknown }), (err: unknown) => err instanceof AllowListError && /unknown:2: "wallet_transaction" is no legacy/.test(err.message));
  });

  test("allow-list globs", () => {
    const cases: Array<[string, string, boolean]> = [
      ["src/legacy/", "src/legacy/a/b.ts", true],
      ["src/legacy/", "src/legacy.ts", false],
      ["*.sql", "db/deep/x.sql", true],
      ["/db/*.sql", "db/x.sql", true],
      ["/db/*.sql", "db/deep/x.sql", false],
      ["supabase/functions/*/index.ts", "supabase/functions/otp/index.ts", true],
      ["src/**/*.tsx", "src/App.tsx", true],
      ["src/?.ts", "src/ab.ts", false],
    ];
    for (const [glob, file, matches] of cases) assert.equal(globToRegExp(glob).test(file), matches, `${glob} ~ ${file}`);
  });

  test("every legacy name of the map is found in each kind of use, and its look-alikes are not", () => {
    const hits = (file: string, source: string) => scanFile(file, source, rules).map((h) => `${h.name.legacy} ${h.kind}`);
    for (const t of rules.tables.keys()) {
      assert.deepEqual(hits("a.ts", `supabase.from(${JSON.stringify(t)}).select("*");`), [`${t} from`]);
      assert.deepEqual(hits("a.sql", `select * from public."${t}" x join leads l on l.id = x.lead_id;`), [`${t} sql`]);
      assert.deepEqual(hits("a.ts", `supabase.channel("c").on("postgres_changes", { table: ${JSON.stringify(t)} }, cb);`), [`${t} realtime`]);
      for (const lookalike of [`${t}_v2`, `${t}_count`, `old_${t}`]) {
        assert.deepEqual(hits("a.ts", `supabase.from("${lookalike}"); const q = "select * from \\"${lookalike}\\"";`), [], lookalike);
      }
    }
    for (const [field, { name }] of rules.graphqlRoot) assert.deepEqual(hits("a.graphql", `query { ${field} { __typename } }`), [`${name.legacy} graphql`]);
    for (const r of rules.rpcs.keys()) {
      assert.deepEqual(hits("a.ts", `await supabase.rpc("${r}", {});`), [`${r} rpc`]);
      assert.deepEqual(hits("a.sql", `select ${r}(1);`), [`${r} sql`]);
      assert.deepEqual(hits("a.ts", `await supabase.rpc("${r}_v2", {});`), []);
    }
    for (const c of rules.channels.keys()) assert.deepEqual(hits("a.ts", `supabase.channel("${c}").subscribe();`), [`${c} realtime`]);
    for (const [table, columns] of rules.columns) {
      for (const [column, { legacy }] of columns) {
        assert.deepEqual(hits("a.ts", `supabase.from("${table}").select("id, ${column}");`), [`${legacy} column`]);
        assert.deepEqual(hits("a.sql", `select ${column} from ${table};`), [`${legacy} column`]);
        assert.deepEqual(hits("a.sql", `select ${column} from some_other_table;`), []);
      }
    }
  });

  describe("the command", () => {
    test("prints file:line:column, the legacy name and its replacement, a summary, and exits 1", async () => {
      const r = await salemate(["lint-legacy", "tests/lint/fixtures/frontend"]);
      assert.equal(r.code, 1, r.stderr);
      const lines = r.stdout.trimEnd().split("\n");
      assert.equal(lines.length, expectations("expect").length + 1);
      assert.match(lines[0]!, new RegExp(`^tests/lint/fixtures/frontend/db/queries\\.sql:2:15\\s+wallet_transactions\\s+→\\s+table profile_wallet_ledger, GraphQL profileWalletLedgers${escape(sdkPart("profileWalletLedgers"))}\\s+\\[sql\\]$`));
      assert.ok(lines.some((l) => new RegExp(`deduct_from_wallet\\s+→\\s+table profile_wallet_ledger, GraphQL purchaseLeads${escape(sdkPart("purchaseLeads"))}\\s+\\[rpc\\]$`).test(l)));
      assert.ok(lines.some((l) => /create_otp\s+→\s+kept as is: auth-otp runs it with the service role on otp_codes, which the migration does not touch\s+\[rpc\]$/.test(l)));
      assert.match(lines.at(-1)!, new RegExp(`^${expectations("expect").length} uses of \\d+ legacy names in \\d+ files of 15 \\(3 uses allowed by tests/lint/fixtures/frontend/\\.legacy-allow\\)`));
    });

    test("--json prints the findings as an array for tools", async () => {
      const r = await salemate(["lint-legacy", "--json", path.join(FIXTURE, "src")], path.join(FIXTURE, "src"));
      assert.equal(r.code, 1, r.stderr);
      const findings = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
      // The allow-list belongs to the scanned root: scanning src/ alone, its uses count too.
      assert.equal(findings.length, [...expectations("expect"), ...expectations("allowed")].filter((e) => e.file.startsWith("src/")).length);
      assert.deepEqual(findings.find((f) => f.file === "lib/wallet.ts" && f.line === 13), {
        file: "lib/wallet.ts",
        line: 13,
        column: 23,
        legacy: "user_wallets",
        kind: "from",
        use: "byId",
        replacement: { table: "profile_wallets", graphql: "profileWalletByProfileId", sdk: sdk("profileWalletByProfileId") },
      });
    });

    test("exits 0 on a clean tree and warns about allow-list lines that allow nothing", async () => {
      const clean = await salemate(["lint-legacy", "tests/lint/fixtures/frontend/src/lib/lookalikes.ts"]);
      assert.equal(clean.code, 0, clean.stdout + clean.stderr);
      assert.match(clean.stdout, /^no uses of legacy tables, columns, RPCs or channels in 1 file\n$/);

      const stale = path.join(tmp, "stale-allow");
      writeFileSync(stale, "src/removed/**\n");
      const r = await salemate(["lint-legacy", "--allow", stale, "tests/lint/fixtures/frontend/src/lib/lookalikes.ts"]);
      assert.equal(r.code, 0);
      assert.match(r.stderr, /stale-allow:1: "src\/removed\/\*\*" allows nothing any more/);
    });

    test("exits 2 on a path with no source files, so a CI job pointed at the wrong folder fails", async () => {
      const empty = path.join(tmp, "empty-dir");
      mkdirSync(empty);
      const docsOnly = path.join(tmp, "docs-only");
      mkdirSync(path.join(docsOnly, "node_modules/dep"), { recursive: true });
      writeFileSync(path.join(docsOnly, "README.md"), "supabase.from('wallet_transactions')\n");
      writeFileSync(path.join(docsOnly, "node_modules/dep/index.js"), "supabase.from('wallet_transactions')\n");
      const cases: string[][] = [["lint-legacy", empty], ["lint-legacy", "--json", docsOnly], ["lint-legacy", path.join(docsOnly, "README.md")]];
      const results = await Promise.all(cases.map((args) => salemate(args)));
      for (const [i, args] of cases.entries()) {
        const r = results[i]!;
        assert.equal(r.code, 2, `${args.join(" ")}: ${r.stdout}${r.stderr}`);
        assert.equal(r.stdout, "");
        assert.match(r.stderr, /no source files to scan, so nothing was checked/);
        assert.match(r.stderr, new RegExp(args.at(-1)!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
      }
    });

    test("exits 2 on usage errors", async () => {
      const unknown = path.join(tmp, "bad-allow");
      writeFileSync(unknown, "src/**:no_such_table\n");
      const cases: Array<[string[], RegExp]> = [
        [["lint-legacy"], /a path to scan is required/],
        [["lint-legacy", "a", "b"], /one path only/],
        [["lint-legacy", "tests/lint/fixtures/nowhere"], /no such file or directory/],
        [["lint-legacy", "--jsn", "."], /Unknown option '--jsn'/],
        [["lint-legacy", "--allow", path.join(tmp, "missing"), "tests/lint/fixtures/frontend"], /allow-list .*missing: no such file/],
        [["lint-legacy", "--allow", unknown, "tests/lint/fixtures/frontend"], /"no_such_table" is no legacy table, column, RPC or channel/],
      ];
      const results = await Promise.all(cases.map(([args]) => salemate(args)));
      for (const [i, [args, message]] of cases.entries()) {
        const r = results[i]!;
        assert.equal(r.code, 2, `${args.join(" ")}: ${r.stdout}${r.stderr}`);
        assert.match(r.stderr, message);
        assert.match(r.stderr, /usage: salemate lint-legacy <path>/);
        assert.equal(r.stdout, "");
      }
    });
  });
});
