import { withClient } from "../db/database.js";
import { formatVerification, runVerification } from "../verify/run.js";
import { parse } from "./args.js";
import { withDatabase } from "./context.js";

export async function verifyCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { json: { type: "boolean" } }, "verify");
  return withDatabase((_config, db) =>
    withClient(db.url, async (c) => {
      const v = await runVerification(c);
      console.log(values.json ? JSON.stringify(v, null, 2) : formatVerification(v));
      return v.ok ? 0 : 1;
    }),
  );
}
