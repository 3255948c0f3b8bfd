import { access, context, inhibitOnNull, lambda, listen, type Step } from "postgraphile/grafast";
import { extendSchema, gql } from "postgraphile/utils";
import { topicName, type RealtimeEvent } from "../../realtime/subscriber.js";

/**
 * Subscriptions on leads, support and wallets. Each field listens on a topic through the
 * request's realtime subscriber (context `realtime`, bound to the caller's verified claims),
 * which drops events about rows the caller may not read; each delivered event re-reads its
 * rows under the caller's role, like any query.
 */
export const RealtimePlugin = extendSchema((build) => {
  const resources = build.input.pgRegistry.pgResources;
  const resource = (name: string) => {
    const r = resources[name];
    if (!r) throw new Error(`realtime: table ${name} is not in the schema`);
    return r;
  };
  const leads = resource("leads");
  const leadEvents = resource("lead_events");
  const leadTasks = resource("lead_tasks");
  const leadLabels = resource("lead_labels");
  const leadTransfers = resource("lead_transfers");
  const threads = resource("support_threads");
  const messages = resource("support_messages");
  const wallets = resource("profile_wallets");
  const ledger = resource("profile_wallet_ledger");

  // The realtime subscriber yields parsed, already-authorised events: no item plan needed.
  const subscribe = (topic: Step<string>) => listen(context().get("realtime" as never) as never, topic);
  /**
   * The event's row id when its kind starts with the prefix, else null: the field is null and
   * no SQL runs for it (inhibitOnNull), so an event costs one read per row it is about.
   */
  const idWhen = ($event: Step, prefix: string, key: keyof RealtimeEvent = "id") =>
    inhibitOnNull(lambda($event, (e: any) => (e && e.kind.startsWith(prefix) && e[key] ? e[key] : null), true));
  const get = ($event: any, key: keyof RealtimeEvent) => access($event, key);

  return {
    typeDefs: gql`
      """
      What happened. SUBSCRIBED comes first, once the subscription is live; the others name the change. REMOVED (myLeadsFeed only): the lead left your set (reassigned, sold or transferred away, or deleted); only leadId is set.
      """
      enum RealtimeChangeKind {
        SUBSCRIBED
        REMOVED
        LEAD_CREATED
        LEAD_ASSIGNED
        LEAD_TRANSFERRED
        STAGE_CHANGED
        LEAD_UPDATED
        EVENT_ADDED
        EVENT_UPDATED
        EVENT_REMOVED
        TASK_ADDED
        TASK_UPDATED
        TASK_REMOVED
        LABEL_ADDED
        LABEL_UPDATED
        LABEL_REMOVED
        TRANSFER_ADDED
        MESSAGE_ADDED
        THREAD_OPENED
        THREAD_ASSIGNED
        THREAD_RESOLVED
        THREAD_REOPENED
        THREAD_CLOSED
        THREAD_UPDATED
        LEDGER_ENTRY_ADDED
        LEDGER_ENTRY_UPDATED
        BALANCE_CHANGED
      }

      """
      A change to a lead or to its timeline, tasks, labels or transfers. Fields other than the lead are set when the change is about them.
      """
      type LeadChange {
        kind: RealtimeChangeKind!
        leadId: UUID
        lead: Lead
        event: LeadEvent
        task: LeadTask
        label: LeadLabel
        transfer: LeadTransfer
      }

      """
      A change in a support thread: a new message, or the thread opened, assigned, resolved, reopened or closed.
      """
      type SupportThreadChange {
        kind: RealtimeChangeKind!
        threadId: UUID
        thread: SupportThread
        message: SupportMessage
      }

      """
      A change to the caller's wallet: a ledger entry, or the balance.
      """
      type WalletChange {
        kind: RealtimeChangeKind!
        wallet: ProfileWallet
        ledgerEntry: ProfileWalletLedger
      }

      extend type Subscription {
        """
        Changes to one lead: stage, assignment, new timeline events, tasks, labels and transfers. Refused if the lead does not exist or you may not see it. Each user may hold a limited number of open subscriptions (MAX_SUBSCRIPTIONS_PER_USER, 20 by default): to keep a whole board live, use myLeadsFeed.
        """
        leadChanged(leadId: UUID!): LeadChange

        """
        Every change a lead board shows (the lead's stage, assignment, buyer, owner, sale and other fields; its timeline events, tasks, labels and transfers) to the leads in your set: those you own, bought or are assigned, and, for managers and team leads, those of the people they manage. One subscription keeps a whole board live. When a lead leaves your set you get REMOVED with its leadId (and no lead).
        """
        myLeadsFeed: LeadChange

        """
        New messages and status changes in one support thread. Customers never receive internal notes. Refused if you may not see the thread.
        """
        supportThreadChanged(threadId: UUID!): SupportThreadChange

        """
        The support queue: threads opened, assigned, resolved, reopened and closed. Support staff and admins only.
        """
        supportQueue: SupportThreadChange

        """
        Your wallet: new ledger entries and balance changes.
        """
        myWallet: WalletChange
      }
    `,
    objects: {
      Subscription: {
        plans: {
          leadChanged: {
            subscribePlan: (_: any, { $leadId }: any) => subscribe(lambda($leadId, (id: any) => topicName({ kind: "lead", leadId: id }), true)),
            plan: ($e: any) => $e,
          },
          myLeadsFeed: { subscribePlan: () => subscribe(lambda(null, () => "my_leads", true)), plan: ($e: any) => $e },
          supportThreadChanged: {
            subscribePlan: (_: any, { $threadId }: any) =>
              subscribe(lambda($threadId, (id: any) => topicName({ kind: "support_thread", threadId: id }), true)),
            plan: ($e: any) => $e,
          },
          supportQueue: { subscribePlan: () => subscribe(lambda(null, () => "support_queue", true)), plan: ($e: any) => $e },
          myWallet: { subscribePlan: () => subscribe(lambda(null, () => "my_wallet", true)), plan: ($e: any) => $e },
        },
      },
      LeadChange: {
        plans: {
          kind: ($e: any) => get($e, "kind"),
          leadId: ($e: any) => get($e, "lead_id"),
          lead: ($e: any) => leads.get({ id: inhibitOnNull(lambda($e, (e: any) => (e && e.kind !== "REMOVED" && e.lead_id) || null, true)) }),
          event: ($e: any) => leadEvents.get({ event_id: idWhen($e, "EVENT_") }),
          task: ($e: any) => leadTasks.get({ task_id: idWhen($e, "TASK_") }),
          label: ($e: any) => leadLabels.get({ label_id: idWhen($e, "LABEL_") }),
          transfer: ($e: any) => leadTransfers.get({ transfer_id: idWhen($e, "TRANSFER_") }),
        },
      },
      SupportThreadChange: {
        plans: {
          kind: ($e: any) => get($e, "kind"),
          threadId: ($e: any) => get($e, "thread_id"),
          thread: ($e: any) => threads.get({ thread_id: inhibitOnNull(lambda($e, (e: any) => e?.thread_id ?? null, true)) }),
          message: ($e: any) => messages.get({ message_id: idWhen($e, "MESSAGE_") }),
        },
      },
      WalletChange: {
        plans: {
          kind: ($e: any) => get($e, "kind"),
          wallet: ($e: any) => wallets.get({ id: idWhen($e, "BALANCE_") }),
          ledgerEntry: ($e: any) => ledger.get({ ledger_id: idWhen($e, "LEDGER_") }),
        },
      },
    },
  };
}, "SaleMateRealtimePlugin");
