#!/usr/bin/env node
// The `salemate` command. PostGraphile 5 needs Node 22: npm scripts put the `node` devDependency
// (Node 22) first on PATH, so run it as `npm run salemate -- <command>` or `npx salemate <command>`.
const major = Number(process.versions.node.split(".")[0]);
if (major < 22) {
  console.error(`salemate needs Node.js 22 or newer (this is ${process.version}). Run it through npm: \`npx salemate ...\` or \`npm run salemate -- ...\`.`);
  process.exit(1);
}
// Grafast reads GRAPHILE_ENV at load time: development checks everywhere but production.
process.env.GRAPHILE_ENV ??= process.env.NODE_ENV === "production" ? "production" : "development";
const { register } = await import("tsx/esm/api");
register();
await import("../cli/main.ts");
