import type { Task } from "graphile-worker";

// Each call of salemate.deliver_due_reminders is one statement, so one transaction: the reminder's
// key row, its notification and the task's notified_at commit together or not at all.
const BATCH = 500;

/** deliver_task_reminder {task_id}: the one task's reminder, scheduled at its due time. */
export const deliverTaskReminder: Task = async (payload, helpers) => {
  const taskId = (payload as { task_id?: unknown })?.task_id;
  if (typeof taskId !== "string") throw new Error("deliver_task_reminder needs {task_id}");
  await helpers.withPgClient((c) => c.query("select salemate.deliver_due_reminders($1)", [taskId]));
};

/** deliver_due_reminders (cron, every minute): every due reminder not delivered yet. */
export const deliverDueReminders: Task = async (_payload, helpers) => {
  for (;;) {
    const n = await helpers.withPgClient(
      async (c) => (await c.query<{ n: number }>("select salemate.deliver_due_reminders(null, $1) as n", [BATCH])).rows[0]!.n,
    );
    if (n < BATCH) return;
  }
};
