/**
 * jest globalSetup: one PostgreSQL cluster for the whole run (DATABASE_URL when given, else a
 * throw-away embedded PostgreSQL) and the templates most test files clone, built once here
 * rather than by whichever test file asks first. Each test file still gets its own database.
 *
 * Plain ESM loading the TypeScript helpers through tsx: jest loads global setup outside its
 * module system, and the helpers are the same ones the tests use.
 */
import { tsImport } from "tsx/esm/api";

const COMMON_TEMPLATES = [
  { stage: "migrated", seedScale: 1 },
  { stage: "migrated", seedScale: 0 },
  { stage: "legacy", seedScale: 1 },
];

export default async function globalSetup() {
  const t0 = Date.now();
  const { startTestCluster } = await tsImport("../helpers/cluster.ts", import.meta.url);
  const cluster = await startTestCluster();
  // Read back by global-teardown.mjs: jest runs both in its parent process.
  globalThis.__salemateTestCluster = cluster;
  // The workers are started after this and inherit the environment.
  process.env.SALEMATE_TEST_ADMIN_URL = cluster.adminUrl;
  process.env.GRAPHILE_ENV ??= "development";
  const { ensureTemplate } = await tsImport("../helpers/database.ts", import.meta.url);
  await Promise.all(COMMON_TEMPLATES.map((t) => ensureTemplate(t)));
  console.log(`\ntests run on ${cluster.description} (cluster and templates ready in ${Date.now() - t0} ms)`);
}
