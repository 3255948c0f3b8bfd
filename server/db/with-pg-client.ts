import pg from "pg";
import type { PgClientQuery, PgClientResult, WithPgClient } from "@dataplan/pg";
import type { NodePostgresPgClient } from "@dataplan/pg/adaptors/pg";

/**
 * How the gateway's GraphQL operations reach PostgreSQL: PostGraphile's `withPgClient`, sending
 * the caller's settings (role, JWT claims, statement timeout) with each statement in ONE round
 * trip instead of four.
 *
 * PostGraphile's node-postgres adaptor runs every statement of a request as `begin`, then
 * `select set_config(...)`, then the statement, then `commit`: four round trips and four
 * statements for a one-statement read, which on a busy 2-core machine cost more than the read.
 * Here the settings and the statement go out together as one extended-protocol batch (Bind and
 * Execute of a prepared `set_config` statement, then Parse/Bind/Describe/Execute of the statement,
 * then one Sync). PostgreSQL runs everything before a Sync as one implicit transaction, so the
 * settings are local to exactly that statement, as `set_config(..., true)` inside `begin`/`commit`
 * made them, and they are gone when it ends: nothing leaks to the next user of the connection.
 * An error anywhere in the batch rolls all of it back.
 *
 * Each top-level statement is its own transaction, as each already was in PostGraphile 5 (every
 * query and mutation step calls `withPgClient` for one statement); `withTransaction` (cursors,
 * steps that ask for one) still opens a real transaction with the settings applied once.
 */

const SETTINGS_STATEMENT = "salemate_settings";
// Answers no row (the count is never negative), so the batch's only row description and rows are
// the statement's: the settings' Execute goes out without a Describe.
const SETTINGS_SQL = "select from (select count(set_config(el->>0, el->>1, true)) as n from json_array_elements($1::json) el) s where s.n < 0";
/**
 * Named statements kept prepared per connection: PostGraphile's setting and default (100).
 * `DATAPLAN_PG_PREPARED_STATEMENT_CACHE_SIZE=0` turns prepared statements off, as a
 * transaction-mode pooler (Supavisor on port 6543) needs: then the settings and the statement are
 * parsed in the batch each time, unnamed (docs/scaling.md).
 */
export function preparedPerConnection(env: NodeJS.ProcessEnv = process.env): number {
  const n = env.DATAPLAN_PG_PREPARED_STATEMENT_CACHE_SIZE ? parseInt(env.DATAPLAN_PG_PREPARED_STATEMENT_CACHE_SIZE, 10) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : 100;
}

type Settings = Record<string, string | undefined> | null;

interface Setup {
  /** Statement names prepared on this connection, least recently used first. */
  prepared: Map<string, true>;
  /** How many may stay prepared; 0: none, not even the settings statement. */
  limit: number;
}
const setups = new WeakMap<pg.PoolClient, Promise<Setup>>();

/** Once per connection: the settings statement prepared, and JIT optimisation off (as PostGraphile's adaptor does). */
function setUp(client: pg.PoolClient, limit: number): Promise<Setup> {
  let setup = setups.get(client);
  if (!setup) {
    setup = (async () => {
      await client.query("set jit_optimize_above_cost = -1");
      if (limit > 0) await client.query({ name: SETTINGS_STATEMENT, text: SETTINGS_SQL, values: ["[]"] });
      return { prepared: new Map(), limit };
    })();
    setups.set(client, setup);
    setup.catch(() => setups.delete(client));
  }
  return setup;
}

/**
 * A statement preceded, in the same batch, by the settings statement: one write, one Sync, one
 * round trip. node-postgres sends it like any query (it is its `Query`, with the settings' Bind and
 * Execute written first); the settings statement answers no row, only its command tag, which
 * node-postgres keeps as a first result, so the statement's result is the last.
 */
class QueryWithSettings extends pg.Query {
  /** Two statements run (the gateway's pool counts statements per event for its benchmarks). */
  readonly statementCount = 2;

  constructor(
    config: pg.QueryConfig & { rowMode?: "array" },
    private readonly settings: string,
    /** The settings statement is prepared on the connection (else parsed here, unnamed). */
    private readonly prepared: boolean,
  ) {
    super(config);
  }

  requiresPreparation(): boolean {
    return true;
  }

  // node-postgres corks the socket around prepare(): the settings' messages and the statement's
  // leave in one write.
  prepare(connection: unknown): void {
    const c = connection as { parse(o: object): void; bind(o: object): void; execute(o: object): void };
    if (!this.prepared) c.parse({ text: SETTINGS_SQL, name: "", types: [] });
    c.bind({ statement: this.prepared ? SETTINGS_STATEMENT : "", values: [this.settings], valueMapper: (v: unknown) => v });
    c.execute({ portal: "" });
    (pg.Query.prototype as unknown as { prepare(c: unknown): void }).prepare.call(this, connection);
  }
}

function settingsJson(pgSettings: Settings): string | null {
  const entries: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(pgSettings ?? {})) if (value != null) entries.push([key, String(value)]);
  return entries.length ? JSON.stringify(entries) : null;
}

/** Runs one query on the raw client, collecting its notices as PostGraphile's adaptor does. */
async function run<TData>(client: pg.PoolClient, make: () => pg.Query | pg.QueryConfig): Promise<PgClientResult<TData>> {
  const notices: unknown[] = [];
  const onNotice = (n: unknown) => void notices.push(n);
  client.on("notice", onNotice);
  try {
    const q = make();
    const result = await new Promise<pg.QueryResult | pg.QueryResult[]>((resolve, reject) =>
      (client.query as (q: unknown, cb: (err: Error | null, r: pg.QueryResult | pg.QueryResult[]) => void) => void)(q, (err, r) => (err ? reject(err) : resolve(r))),
    );
    const last = Array.isArray(result) ? result[result.length - 1]! : result;
    return { rows: last.rows as TData[], rowCount: last.rowCount ?? null, notices } as unknown as PgClientResult<TData>;
  } finally {
    client.off("notice", onNotice);
  }
}

/** Keeps a statement name on this connection's most-recently-used list, deallocating the oldest past the limit. */
function remember(client: pg.PoolClient, setup: Setup, name: string): void {
  if (setup.prepared.delete(name)) {
    setup.prepared.set(name, true);
    return;
  }
  setup.prepared.set(name, true);
  if (setup.prepared.size <= setup.limit) return;
  const oldest = setup.prepared.keys().next().value!;
  setup.prepared.delete(oldest);
  const parsed = (client as unknown as { connection: { parsedStatements: Record<string, string> } }).connection.parsedStatements;
  client.query(`deallocate ${client.escapeIdentifier(oldest)}`).then(
    () => delete parsed[oldest],
    () => undefined, // the connection is gone; so is the statement
  );
}

class SettingsClient implements NodePostgresPgClient {
  /** A transaction in progress on this client: top-level statements wait for it. */
  #busy: Promise<unknown> = Promise.resolve();

  constructor(
    readonly rawClient: pg.PoolClient,
    private readonly setup: Setup,
    private readonly settings: string | null,
    private readonly depth = 0,
  ) {}

  async query<TData>(opts: PgClientQuery): Promise<PgClientResult<TData>> {
    await this.#busy;
    const { text, values, arrayMode } = opts;
    const name = this.setup.limit > 0 ? opts.name : undefined;
    if (name) remember(this.rawClient, this.setup, name);
    const config = { text, values: values as unknown[], name, ...(arrayMode ? { rowMode: "array" as const } : {}) };
    if (this.depth > 0 || this.settings === null) return run<TData>(this.rawClient, () => config);
    return run<TData>(this.rawClient, () => new QueryWithSettings(config, this.settings!, this.setup.limit > 0));
  }

  async withTransaction<T>(callback: (client: this) => Promise<T>): Promise<T> {
    const prior = this.#busy;
    let done!: () => void;
    this.#busy = new Promise<void>((r) => (done = r));
    await prior;
    const c = this.rawClient;
    const savepoint = this.depth === 0 ? null : `tx${this.depth}`;
    try {
      await c.query(savepoint ? `savepoint ${savepoint}` : "begin");
      try {
        if (!savepoint && this.settings !== null) await c.query({ ...(this.setup.limit > 0 ? { name: SETTINGS_STATEMENT } : {}), text: SETTINGS_SQL, values: [this.settings] });
        const result = await callback(new SettingsClient(c, this.setup, this.settings, this.depth + 1) as this);
        await c.query(savepoint ? `release savepoint ${savepoint}` : "commit");
        return result;
      } catch (e) {
        await c.query(savepoint ? `rollback to savepoint ${savepoint}` : "rollback").catch(() => undefined);
        throw e;
      }
    } finally {
      done();
    }
  }
}

/** The gateway's `withPgClient` over its pool: settings and statement in one round trip. */
export function makeWithPgClient(pool: pg.Pool, prepared = preparedPerConnection()): WithPgClient<NodePostgresPgClient> {
  return async (pgSettings, callback) => {
    const client = await pool.connect();
    try {
      const setup = await setUp(client, prepared);
      return await callback(new SettingsClient(client, setup, settingsJson(pgSettings)));
    } finally {
      client.release();
    }
  };
}
