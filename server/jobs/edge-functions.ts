import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { MAP_DIR } from "../paths.js";

/** The jobs the worker runs (server/jobs/worker.ts taskList). */
export const JOB_TASKS = ["send_phone_otp", "deliver_task_reminder", "deliver_due_reminders", "match_lead_inventory", "match_all_lead_inventory"] as const;
export type JobTask = (typeof JOB_TASKS)[number];

const edgeFunction = z.object({
  name: z.string(),
  seen: z.array(z.string()),
  uses: z.array(z.object({ use: z.string(), graphql: z.string().optional(), job: z.string().optional() }).refine((u) => !!u.graphql !== !!u.job, "a use names exactly one of graphql or job")).min(1),
  note: z.string(),
});
export type EdgeFunction = z.infer<typeof edgeFunction>;

/** sql/map/edge-functions.json: the plan's edge functions and what replaces each use. */
export function loadEdgeFunctions(): EdgeFunction[] {
  const raw = JSON.parse(readFileSync(path.join(MAP_DIR, "edge-functions.json"), "utf8"));
  return z.object({ functions: z.array(edgeFunction) }).parse(raw).functions;
}
