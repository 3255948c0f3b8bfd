/**
 * Legacy rows the phase 3 tests add to the seeded legacy database before migrating: the
 * manager_id and invitation cases the seed may not produce. The comments say what phase 3
 * should make of each.
 */
import { createTestDatabase, type TestDatabase } from "../../helpers/database.ts";
import { migratedWithFixture } from "../../helpers/migration-kit.ts";

const id = (block: string, n: number) => `${block}-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** The seed's fixed accounts (server/seed/legacy-world.ts DEMO) that these tests use. */
export const DEMO = {
  admin: id("00000000", 1),
  support: id("00000000", 2),
  manager: id("00000000", 3), // manager of teamLead and agent
  teamLead: id("00000000", 4), // reports to manager; generic agents report to them
  agent: id("00000000", 5), // reports to manager
  agent2: id("00000000", 6), // reports to the first generic manager
} as const;

export const NOBODY = "99999999-9999-4999-8999-999999999999";

export const T = {
  /** manager_id points at itself: rejected, no membership. */
  selfManaged: id("f3000000", 1),
  /** manager_id points at no profile: rejected. */
  dangling: id("f3000000", 2),
  /** A plain user with no reports who sent invitations: gets a team of their own. */
  lonely: id("f3000000", 3),
  /** Invited by the demo manager (pending, unexpired), no manager yet. */
  newcomer: id("f3000000", 4),
  /** Invited by the demo manager, but the invite expired. */
  late: id("f3000000", 5),
} as const;

export const EMAIL = { newcomer: "newcomer@fixture.test", late: "late@fixture.test" } as const;

export const I = {
  cancelled: id("f3100000", 1), // 'Cancelled' -> revoked
  bogus: id("f3100000", 2), // unknown status -> revoked (noted), from the lonely user
  lostInvitee: id("f3100000", 3), // invitee_user_id with no profile -> carried without it (noted)
  emptyEmail: id("f3100000", 4), // rejected
  noManager: id("f3100000", 5), // manager without profile: rejected
  forNewcomer: id("f3100000", 6), // pending, expires in 2099
  forLate: id("f3100000", 7), // pending, expired in November 2025
} as const;

export const PHASE3_FIXTURE = `
select set_config('session_replication_role', 'replica', false);
insert into auth.users (id, email, created_at) values
  ('${T.selfManaged}', 'self@fixture.test', '2024-01-01'), ('${T.dangling}', 'dangling@fixture.test', '2024-01-01'),
  ('${T.lonely}', 'lonely@fixture.test', '2024-01-01'), ('${T.newcomer}', '${EMAIL.newcomer}', '2024-01-01'),
  ('${T.late}', '${EMAIL.late}', '2024-01-01');
insert into profiles (id, email, name, role, manager_id, created_at, updated_at) values
  ('${T.selfManaged}', 'self@fixture.test', 'Self Managed', 'user', '${T.selfManaged}', '2024-01-01', '2024-01-01'),
  ('${T.dangling}', 'dangling@fixture.test', 'Dangling Manager', 'user', '${NOBODY}', '2024-01-01', '2024-01-01'),
  ('${T.lonely}', 'lonely@fixture.test', 'Lonely Inviter', 'user', null, '2024-01-02', '2024-01-02'),
  ('${T.newcomer}', '${EMAIL.newcomer}', 'New Comer', 'user', null, '2024-01-03', '2024-01-03'),
  ('${T.late}', '${EMAIL.late}', 'Late Comer', 'user', null, '2024-01-03', '2024-01-03');
insert into team_invitations (id, manager_id, invitee_email, invitee_user_id, status, token, expires_at, created_at, updated_at) values
  ('${I.cancelled}', '${DEMO.manager}', 'someone@fixture.test', null, 'Cancelled', 'fixture-token-1', '2024-03-08', '2024-03-01', '2024-03-02'),
  ('${I.bogus}', '${T.lonely}', 'friend@fixture.test', null, 'bogus', 'fixture-token-2', '2024-03-08', '2024-03-01', null),
  ('${I.lostInvitee}', '${DEMO.manager}', 'gone@fixture.test', '${NOBODY}', 'pending', 'fixture-token-3', '2024-03-08', null, '2024-03-02'),
  ('${I.emptyEmail}', '${DEMO.manager}', '  ', null, 'pending', 'fixture-token-4', '2024-03-08', '2024-03-01', null),
  ('${I.noManager}', '${NOBODY}', 'orphan@fixture.test', null, 'pending', 'fixture-token-5', '2024-03-08', '2024-03-01', null),
  ('${I.forNewcomer}', '${DEMO.manager}', '${EMAIL.newcomer}', null, 'pending', 'fixture-token-6', '2099-01-01', '2025-11-01', '2025-11-01'),
  ('${I.forLate}', '${DEMO.manager}', '${EMAIL.late}', null, 'pending', 'fixture-token-7', '2025-11-08', '2025-11-01', null);
select set_config('session_replication_role', 'origin', false);
`;

/** The seeded legacy database plus the fixture, migrated through phase 3, and its legacy twin. */
export async function phase3Databases(): Promise<{ db: TestDatabase; legacy: TestDatabase; drop(): Promise<void> }> {
  const made = await Promise.allSettled([migratedWithFixture(PHASE3_FIXTURE, "phase3"), createTestDatabase({ stage: "legacy", seedScale: 1 })]);
  const drop = async () => void (await Promise.all(made.map((m) => (m.status === "fulfilled" ? m.value.drop() : undefined))));
  try {
    const [db, legacy] = made.map((m) => {
      if (m.status === "rejected") throw m.reason;
      return m.value;
    }) as [TestDatabase, TestDatabase];
    await legacy.query(PHASE3_FIXTURE);
    return { db, legacy, drop };
  } catch (err) {
    await drop();
    throw err;
  }
}

export const INVITE_STATUS: Record<string, string> = {
  pending: "pending", accepted: "accepted", declined: "declined", rejected: "declined", expired: "expired",
  revoked: "revoked", cancelled: "revoked", canceled: "revoked",
};
