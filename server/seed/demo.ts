import type pg from "pg";

/**
 * The demo data is migrated legacy data. One thing the legacy schema cannot express is the
 * finance role (its user_role enum had none; phase 2 adds it), so after migrating, the demo
 * finance account is given it: `salemate token --role finance` then acts as finance staff.
 */
export async function applyDemoRoles(client: pg.ClientBase): Promise<void> {
  await client.query(`
    do $$
    begin
      if exists (select 1 from pg_enum e join pg_type t on t.oid = e.enumtypid where t.typname = 'user_role' and e.enumlabel = 'finance') then
        update public.profiles set role = 'finance' where email = 'finance@salemate.test' and role is distinct from 'finance';
      end if;
    end
    $$`);
}
