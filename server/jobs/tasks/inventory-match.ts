import type { Task } from "graphile-worker";

/** match_lead_inventory {lead_id}: recomputes one lead's matcher recommendation (salemate.match_lead_inventory). */
export const matchLeadInventory: Task = async (payload, helpers) => {
  const leadId = (payload as { lead_id?: unknown })?.lead_id;
  if (typeof leadId !== "string") throw new Error("match_lead_inventory needs {lead_id}");
  await helpers.withPgClient((c) => c.query("select salemate.match_lead_inventory($1)", [leadId]));
};

/** match_all_lead_inventory (cron, nightly): every lead with wishes, 200 per transaction; a rerun changes only what differs. */
export const matchAllLeadInventory: Task = async (_payload, helpers) => {
  let after: string | null = null;
  do {
    after = await helpers.withPgClient(
      async (c) => (await c.query<{ last: string | null }>("select salemate.match_lead_inventory_batch($1, 200) as last", [after])).rows[0]!.last,
    );
  } while (after);
};
