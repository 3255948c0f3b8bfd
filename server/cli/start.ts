import { loadConfig } from "../config.js";
import { applySupabaseLayer, migrateAll, publicTableCount } from "../db/bootstrap.js";
import { openDatabase, withClient } from "../db/database.js";
import { DEV_AUTHENTICATOR_PASSWORD, gatewayUrl } from "../db/gateway-url.js";
import { applyDemoRoles } from "../seed/demo.js";
import { seedLegacyDatabase } from "./seed.js";
import { runUntilSignal, servedSurface } from "./serve.js";

/**
 * Development all-in-one. First run: a database (embedded unless DATABASE_URL), SaleMate's
 * legacy schema with demo data, every migration, then the gateway. Later runs reuse the
 * data and apply only new migrations.
 */
export async function start(): Promise<number> {
  const t0 = Date.now();
  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    await withClient(db.url, async (c) => {
      const fresh = (await publicTableCount(c)) === 0;
      if (fresh) {
        console.log("empty database: laying down the legacy SaleMate schema and demo data");
        await seedLegacyDatabase(c, 1, true);
      } else {
        await applySupabaseLayer(c, { log: (l) => console.log(l) });
      }
      await migrateAll(c, { log: (l) => console.log(l) });
      if (fresh) await applyDemoRoles(c);
      // The embedded cluster uses password auth; give the gateway's login its development password.
      if (db.embedded) await c.query(`alter role authenticator with login password '${DEV_AUTHENTICATOR_PASSWORD}'`);
    });
  } catch (err) {
    await db.stop();
    throw err;
  }
  return runUntilSignal(config, gatewayUrl(config, db.url), db.stop, (url, metricsUrl) => {
    const psql = db.embedded ? `psql "${db.url}"` : "(external database: DATABASE_URL)";
    console.log(
      [
        "",
        `SaleMate gateway ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
        `  GraphQL   ${url}/graphql   (websockets on the same path)`,
        ...servedSurface(config, url, metricsUrl),
        `  database  ${psql}`,
        `  token     npx salemate token --role agent     (admin, manager, team_lead, agent, support, finance, customer, anon, service_role)`,
        config.graphiql ? `            then in GraphiQL's headers: { "Authorization": "Bearer <token>" }` : `            then send it as "Authorization: Bearer <token>"`,
        "",
      ].join("\n"),
    );
  }, config.workerDatabaseUrl ?? db.url);
}
