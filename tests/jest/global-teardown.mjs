/** jest globalTeardown: stops the embedded PostgreSQL that global-setup.mjs started. */
export default async function globalTeardown() {
  await globalThis.__salemateTestCluster?.stop();
  globalThis.__salemateTestCluster = undefined;
}
