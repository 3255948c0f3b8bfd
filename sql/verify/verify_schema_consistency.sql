-- The plan's monitor script (supabase/scripts/verify_schema_consistency.sql), for the
-- consolidated schema. salemate.verify_schema_consistency() returns one row per assertion
-- (check, ok, detail) so that `salemate verify` can print them; the last statement raises
-- when any check fails, unless `salemate.verify_report_only` is 'on' (set it to only list).
--
-- What it asserts, for every phase:
--   * the target tables and views of the plan exist (with their kind);
--   * every legacy name is a compatibility view (security_invoker, hidden from GraphQL, with
--     instead-of triggers) that no longer reads legacy_archive;
--   * every table of ours in public has RLS enabled and at least one policy; every view of ours
--     is security_invoker; lead_analytics_mv is not readable by anon/authenticated. Ours: the
--     plan's tables, the legacy tables the project keeps, every table it took over, and the views
--     that read them; anything else in public (deals, developers, otp_codes made by hand) is
--     listed as "not ours: not checked" (salemate.verify_not_ours()), never failed;
--   * every security-definer function in public and salemate pins its search_path;
--   * the key foreign keys and unique constraints exist; every foreign key of our tables is indexed;
--   * the key policies exist (names as sentences);
--   * on every table whose policies the project took over, every policy is one of its own, and
--     every kept or archived legacy table was taken over;
--   * every phase is recorded as applied; nothing outside legacy_archive depends on it.

-- What is ours -------------------------------------------------------------------------------------

-- The plan's target objects, by phase.
create or replace function salemate.verify_plan_relations() returns table (phase int, name text, kind text)
  language sql immutable
  set search_path = pg_catalog, pg_temp
  as $$
    values
      (2, 'profiles', 'r'), (2, 'profile_wallets', 'r'), (2, 'profile_wallet_ledger', 'r'), (2, 'profile_payment_transactions', 'r'),
      (2, 'wallet_topup_requests', 'r'), (2, 'otp_challenges', 'r'), (2, 'otp_attempts', 'r'),
      (3, 'teams', 'r'), (3, 'team_memberships', 'r'), (3, 'team_invites', 'r'), (3, 'team_relationships_view', 'v'),
      (4, 'leads', 'r'), (4, 'lead_batches', 'r'), (4, 'lead_events', 'r'), (4, 'lead_tasks', 'r'), (4, 'lead_labels', 'r'),
      (4, 'lead_transfers', 'r'), (4, 'lead_recommendations', 'r'), (4, 'lead_transactions', 'r'), (4, 'lead_sources', 'v'),
      (4, 'ad_integrations', 'r'), (4, 'banner_metrics', 'r'), (4, 'dashboard_banners', 'r'),
      (5, 'inventory_projects', 'r'), (5, 'inventory_items', 'r'), (5, 'inventory_partners', 'r'),
      (5, 'inventory_partner_commissions', 'r'), (5, 'inventory_orders', 'v'), (5, 'lead_analytics_mv', 'm'),
      (6, 'support_threads', 'r'), (6, 'support_messages', 'r'), (6, 'support_activity', 'v'),
      (7, 'communication_templates', 'r'), (7, 'cms_content', 'r'), (7, 'activity_notifications', 'r'),
      (7, 'system_settings', 'r'), (7, 'feature_flags', 'r'), (7, 'audit_logs', 'r')
  $$;

-- The legacy tables the project keeps in public (sql/map/phase1_baseline.json, "kept" and "augmented").
create or replace function salemate.verify_kept_tables() returns setof text
  language sql immutable
  set search_path = pg_catalog, pg_temp
  as $$
    select unnest(array['profiles', 'wallet_topup_requests', 'otp_challenges', 'otp_attempts', 'leads', 'lead_batches',
                        'ad_integrations', 'banner_metrics', 'dashboard_banners', 'system_settings', 'feature_flags', 'audit_logs',
                        'recent_activity', 'posts', 'comments'])
  $$;

-- A relation is ours when it is outside public, one of the plan's or a kept legacy table, a table
-- the project took over, or a view that reads one of those (or the archive): the project's rules
-- hold for it. Anything else in public was made by hand or by the app's other tools, and the
-- migration does not know it.
create or replace function salemate.verify_is_ours(p_relation oid) returns boolean
  language plpgsql stable
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    rel record;
  begin
    select c.relname::text as relname, c.relkind, n.nspname::text as nspname into rel
    from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.oid = p_relation;
    if not found then
      return false;
    end if;
    if rel.nspname <> 'public' or rel.relname in (select x.name from salemate.verify_plan_relations() x)
       or rel.relname in (select k from salemate.verify_kept_tables() k) then
      return true;
    end if;
    if rel.relkind in ('r', 'p') then
      return to_regclass('salemate.policy_takeovers') is not null
        and exists (select 1 from salemate.policy_takeovers t where t.schema_name = rel.nspname and t.table_name = rel.relname);
    end if;
    return exists (
      select 1 from pg_rewrite r
      join pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = r.oid and d.refclassid = 'pg_class'::regclass
      join pg_class t on t.oid = d.refobjid join pg_namespace tn on tn.oid = t.relnamespace
      where r.ev_class = p_relation and t.oid <> p_relation
        and (tn.nspname in ('legacy_archive', 'salemate') or (tn.nspname = 'public' and salemate.verify_is_ours(t.oid))));
  end
  $$;
comment on function salemate.verify_is_ours(oid) is 'Whether the project''s schema rules (RLS, policies, indexed foreign keys, security_invoker views) apply to a relation: the plan''s and the kept legacy tables, every table the project took over, and the views that read them.';

create or replace function salemate.verify_not_ours() returns table (relation text, kind text, row_security boolean)
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$
    select c.oid::regclass::text, case when c.relkind in ('r', 'p') then 'table' else 'view' end,
           case when c.relkind in ('r', 'p') then c.relrowsecurity end
    from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm') and not salemate.verify_is_ours(c.oid)
  $$;
comment on function salemate.verify_not_ours() is 'Tables and views in public the migration does not know (not ours): salemate verify lists them and does not hold them to the project''s rules.';
revoke execute on function salemate.verify_plan_relations(), salemate.verify_kept_tables(), salemate.verify_is_ours(oid), salemate.verify_not_ours() from public;

create or replace function salemate.verify_schema_consistency()
  returns table ("check" text, ok boolean, detail text)
  language plpgsql stable
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    archive_dropped boolean := to_regnamespace('legacy_archive') is null;
  begin
    -- Target objects of the plan, by phase --------------------------------------------------
    return query
    with expected as (select * from salemate.verify_plan_relations())
    -- A legacy table the project keeps may never have existed here (phase 1 noted it absent):
    -- then there is nothing to keep, and it is reported as absent, not missing.
    select format('phase %s: public.%s exists as a %s', e.phase, e.name,
                  case e.kind when 'r' then 'table' when 'v' then 'view' else 'materialized view' end),
           coalesce(c.relkind = e.kind::"char" or (e.kind = 'r' and c.relkind = 'p'), false) or (c.oid is null and a.absent),
           case when c.oid is null and a.absent then 'absent: the legacy database never had it (phase 1 noted it), nothing to keep'
                when c.oid is null then 'missing' when c.relkind::text <> e.kind then format('relkind is %s', c.relkind) end
    from expected e
    left join pg_class c on c.oid = to_regclass(format('public.%I', e.name))
    cross join lateral (select to_regclass('salemate.migration_notes') is not null
                               and exists (select 1 from salemate.migration_notes n where n.phase = 1 and n.subject = e.name and n.note like '%absent%')) a(absent)
    order by e.phase, e.name;

    -- Legacy names: compatibility views over the new tables ------------------------------------
    return query
    with legacy(phase, name, retired) as (values
      (2, 'user_wallets', false), (2, 'wallet_transactions', false), (2, 'payment_transactions', false),
      (3, 'team_invitations', false),
      (4, 'feedback_history', false), (4, 'case_feedback', false), (4, 'lead_activities', false), (4, 'lead_reminders', false),
      (4, 'case_actions', false), (4, 'lead_tags', false), (4, 'case_faces', false), (4, 'inventory_matches', false),
      (4, 'lead_requests', false), (4, 'lead_purchase_requests', false), (4, 'orders', false), (4, 'purchase_requests', true),
      (5, 'salemate-inventory', false), (5, 'projects', false), (5, 'project_partner_commissions', false), (5, 'partners', false),
      (6, 'support_cases', false), (6, 'support_case_replies', false),
      (7, 'templates_email', false), (7, 'templates_sms', false), (7, 'cms_pages', true), (7, 'cms_media', true), (7, 'notifications', false)),
    info as (
      select l.*, c.oid, c.relkind,
             coalesce(c.reloptions @> array['security_invoker=true'] or c.reloptions @> array['security_invoker=on'], false) as invoker,
             -- PostGraphile reads smart tags only from the lines that open the comment.
             coalesce(obj_description(c.oid, 'pg_class') ~ E'^(@[A-Za-z][^\n]*\n)*@behavior -\\*(\n|$)', false) as hidden,
             (select count(distinct t.tgtype & 28) from pg_trigger t where t.tgrelid = c.oid and t.tgtype & 64 <> 0) as instead_ops,
             exists (select 1 from pg_depend d join pg_rewrite r on r.oid = d.objid and d.classid = 'pg_rewrite'::regclass
                     join pg_class a on a.oid = d.refobjid join pg_namespace n on n.oid = a.relnamespace
                     where r.ev_class = c.oid and d.refclassid = 'pg_class'::regclass and n.nspname = 'legacy_archive') as reads_archive
      from legacy l left join pg_class c on c.oid = to_regclass(format('public.%I', l.name))
    )
    select format('phase %s: legacy name %s is a compatibility view over the new tables', i.phase, i.name),
           case when i.oid is null then i.retired and archive_dropped
                else i.relkind = 'v' and i.invoker and i.hidden and i.instead_ops = 3 and not i.reads_archive end,
           case when i.oid is null then case when i.retired and archive_dropped then 'retired with legacy_archive' else 'missing' end
                else nullif(concat_ws(', ',
                  case when i.relkind <> 'v' then format('relkind %s', i.relkind) end,
                  case when not i.invoker then 'not security_invoker' end,
                  case when not i.hidden then 'not hidden from GraphQL (@behavior -*)' end,
                  case when i.instead_ops <> 3 then format('%s of 3 instead-of triggers', i.instead_ops) end,
                  case when i.reads_archive then 'still reads legacy_archive' end), '') end
    from info i
    order by i.phase, i.name;

    -- Security invariants of the public schema ---------------------------------------------------
    -- (ours: salemate.verify_is_ours; what is not ours is listed by the last check of this section)
    return query
    select 'every public table has row-level security enabled (every table of ours; not ours: listed, not checked)',
           count(*) = 0, nullif(string_agg(c.relname, ', ' order by c.relname), '')
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relrowsecurity and salemate.verify_is_ours(c.oid);

    return query
    select 'every public table with RLS has at least one policy (every table of ours)',
           count(*) = 0, nullif(string_agg(c.relname, ', ' order by c.relname), '')
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relrowsecurity
      and not exists (select 1 from pg_policy p where p.polrelid = c.oid) and salemate.verify_is_ours(c.oid);

    return query
    select 'every public view is security_invoker (every view of ours: those reading our tables)',
           count(*) = 0, nullif(string_agg(c.relname, ', ' order by c.relname), '')
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'v'
      and not coalesce(c.reloptions @> array['security_invoker=true'] or c.reloptions @> array['security_invoker=on'], false)
      and salemate.verify_is_ours(c.oid);

    return query
    select 'materialized views in public are not readable by anon or authenticated (no RLS on them; ours)',
           count(*) = 0, nullif(string_agg(format('%s (%s)', c.relname, r.rolname), ', '), '')
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    cross join (values ('anon'), ('authenticated')) r(rolname)
    where n.nspname = 'public' and c.relkind = 'm' and exists (select 1 from pg_roles where rolname = r.rolname)
      and has_table_privilege(r.rolname, c.oid, 'select') and salemate.verify_is_ours(c.oid);

    return query
    select 'relations in public the migration does not know are listed, not checked (not ours)',
           true, nullif(string_agg(x.relation || case when x.kind = 'view' then ' (view)' when not x.row_security then ' (no RLS)' else '' end,
                                   ', ' order by x.relation), '')
    from salemate.verify_not_ours() x;

    return query
    select 'every security-definer function in public and salemate sets search_path',
           count(*) = 0, nullif(string_agg(p.oid::regprocedure::text, ', ' order by p.oid::regprocedure::text), '')
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname in ('public', 'salemate') and p.prosecdef
      and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) s where s like 'search_path=%');

    return query
    select 'every foreign key in public is indexed (an index leads with its columns; on our tables)',
           count(*) = 0, nullif(string_agg(format('%s (%s)', k.conrelid::regclass, k.conname), ', ' order by k.conrelid::regclass::text, k.conname), '')
    from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and k.contype = 'f' and salemate.verify_is_ours(c.oid)
      and not exists (select 1 from pg_index i where i.indrelid = k.conrelid
                      and (i.indkey::int2[])[0:cardinality(k.conkey) - 1] @> k.conkey and (i.indkey::int2[])[0:cardinality(k.conkey) - 1] <@ k.conkey);

    -- Key constraints ------------------------------------------------------------------------------
    return query
    with fk(phase, tbl, col, ref) as (values
      (2, 'profile_wallets', null, 'profiles'), (2, 'profile_wallet_ledger', null, 'profiles'),
      (3, 'team_memberships', null, 'teams'), (3, 'team_memberships', null, 'profiles'), (3, 'team_invites', null, 'teams'),
      (4, 'lead_events', 'lead_id', 'leads'), (4, 'lead_tasks', 'lead_id', 'leads'), (4, 'lead_labels', 'lead_id', 'leads'),
      (4, 'lead_transfers', 'lead_id', 'leads'), (4, 'lead_recommendations', 'lead_id', 'leads'),
      (5, 'leads', 'project_id', 'inventory_projects'), (5, 'lead_batches', 'project_id', 'inventory_projects'),
      (5, 'lead_transactions', 'project_id', 'inventory_projects'), (5, 'inventory_items', 'project_id', 'inventory_projects'),
      (5, 'inventory_partner_commissions', 'project_id', 'inventory_projects'), (5, 'inventory_partner_commissions', 'partner_id', 'inventory_partners'),
      (6, 'support_threads', 'created_by', 'profiles'), (6, 'support_threads', 'assigned_to', 'profiles'),
      (6, 'support_messages', 'thread_id', 'support_threads'), (6, 'support_messages', 'author_id', 'profiles'),
      (7, 'activity_notifications', 'profile_id', 'profiles'), (7, 'cms_content', 'created_by', 'profiles'))
    select format('phase %s: foreign key %s%s -> %s', f.phase, f.tbl, coalesce('.' || f.col, ''), f.ref),
           exists (select 1 from pg_constraint k
                   where k.contype = 'f' and k.conrelid = to_regclass(format('public.%I', f.tbl))
                     and k.confrelid = to_regclass(format('public.%I', f.ref))
                     and (f.col is null or exists (select 1 from pg_attribute a where a.attrelid = k.conrelid
                                                   and a.attnum = k.conkey[1] and a.attname = f.col and cardinality(k.conkey) = 1))),
           case when to_regclass(format('public.%I', f.tbl)) is null then format('%s is missing', f.tbl) end
    from fk f
    order by f.phase, f.tbl, f.col;

    return query
    with uq(phase, tbl, cols) as (values
      (5, 'inventory_partner_commissions', 'project_id,partner_id'),
      (6, 'support_messages', 'legacy_table,legacy_id'), (6, 'support_messages', 'thread_id'),
      (7, 'communication_templates', 'channel,key'), (7, 'communication_templates', 'legacy_table,legacy_id'),
      (7, 'cms_content', 'legacy_table,legacy_id'), (7, 'cms_content', 'slug'))
    select format('phase %s: unique index on %s (%s)', u.phase, u.tbl, u.cols),
           exists (select 1 from pg_index i where i.indrelid = to_regclass(format('public.%I', u.tbl)) and i.indisunique
                   and (select string_agg(a.attname, ',' order by k.ord) from unnest(i.indkey::int2[]) with ordinality k(attnum, ord)
                        join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum) = u.cols),
           null::text
    from uq u
    order by u.phase, u.tbl;

    return query
    with ix(tbl, col) as (values
      ('inventory_items', 'compound'), ('inventory_items', 'developer'), ('inventory_items', 'area'), ('inventory_items', 'property_type'),
      ('inventory_items', 'number_of_bedrooms'), ('inventory_items', 'price_in_egp'), ('inventory_items', 'finishing'),
      ('inventory_items', 'sale_type'), ('inventory_items', 'is_launch'), ('inventory_items', 'status'), ('inventory_items', 'created_at'),
      ('support_threads', 'status'), ('support_threads', 'created_at'), ('activity_notifications', 'profile_id'))
    select format('phase 5-7: %s.%s is indexed', x.tbl, x.col),
           exists (select 1 from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
                   where i.indrelid = to_regclass(format('public.%I', x.tbl)) and a.attname = x.col),
           null::text
    from ix x;

    -- Key policies ------------------------------------------------------------------------------------
    return query
    with pol(tbl, name, permissive) as (values
      ('inventory_items', 'Signed-in users read inventory items', true),
      ('inventory_items', 'Admins and support manage inventory items', true),
      ('inventory_projects', 'Signed-in users read inventory projects', true),
      ('support_threads', 'Customers read their own support threads', true),
      ('support_threads', 'Staff read every support thread', true),
      ('support_messages', 'Customers read the visible messages of their threads', true),
      ('support_messages', 'Internal messages are for staff only', false),
      ('activity_notifications', 'Recipients read their notifications', true),
      ('communication_templates', 'Admins manage communication templates', true),
      ('cms_content', 'Everyone reads published pages', true),
      ('system_settings', 'Admins manage system settings', true),
      ('feature_flags', 'Admins manage feature flags', true),
      ('audit_logs', 'Admins read and write the audit log', true))
    select format('policy "%s" on %s%s', p.name, p.tbl, case when p.permissive then '' else ' (restrictive)' end),
           exists (select 1 from pg_policy x where x.polrelid = to_regclass(format('public.%I', p.tbl))
                   and x.polname = p.name and x.polpermissive = p.permissive) or a.absent,
           case when a.absent then 'absent: the legacy database never had the table (phase 1 noted it)' end
    from pol p
    cross join lateral (select to_regclass(format('public.%I', p.tbl)) is null and to_regclass('salemate.migration_notes') is not null
                               and exists (select 1 from salemate.migration_notes n where n.phase = 1 and n.subject = p.tbl and n.note like '%absent%')) a(absent);

    -- Policy take-over ------------------------------------------------------------------------------------
    -- The file that writes a table's policies first drops every other policy on it (recorded in
    -- salemate.legacy_policies), then claims what is on the table right after it created its own
    -- (salemate.project_policies), in one transaction. So on a taken-over table the project's
    -- policies are exactly the claimed ones, by name and definition: anything else is a legacy
    -- policy that survived or came back, or one made by hand since, and it is OR'ed with ours.
    if to_regclass('salemate.policy_takeovers') is null then
      return query select 'policy take-over is recorded (salemate.policy_takeovers)', false, 'missing: phase 1 is not applied'::text;
    else
      return query
      with present as (
        select t.phase, x.polrelid, x.polname, salemate.policy_definition(x.oid) as definition, t.schema_name, t.table_name
        from salemate.policy_takeovers t
        join pg_policy x on x.polrelid = to_regclass(format('%I.%I', t.schema_name, t.table_name))
      )
      select 'every policy on a table the project took over is one of its own (no legacy or hand-made policy)',
             count(*) = 0,
             nullif(string_agg(format('%s: %s%s', p.polrelid::regclass, quote_ident(p.polname),
                      coalesce((select format(' (a legacy policy taken over by phase %s, back again)', min(l.phase))
                                from salemate.legacy_policies l
                                where l.schema_name = p.schema_name and l.table_name = p.table_name and l.definition = p.definition
                                having count(*) > 0), '')),
                    ', ' order by p.polrelid::regclass::text, p.polname), '')
      from present p
      where not exists (select 1 from salemate.project_policies o
                        where o.schema_name = p.schema_name and o.table_name = p.table_name and o.policy_name = p.polname and o.definition = p.definition);

      -- The tables whose legacy policies must have gone: those the project keeps in public
      -- (sql/map/phase1_baseline.json, "kept" and "augmented") and every archived one.
      return query
      with kept(name) as (select * from salemate.verify_kept_tables()),
      owed as (
        select c.oid, n.nspname, c.relname from kept k
        join pg_class c on c.oid = to_regclass(format('public.%I', k.name)) join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p')
        union all
        select c.oid, n.nspname, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'legacy_archive' and c.relkind in ('r', 'p')
      )
      select 'every kept and every archived legacy table had its policies taken over',
             count(*) = 0, nullif(string_agg(o.oid::regclass::text, ', ' order by o.oid::regclass::text), '')
      from owed o
      where not exists (select 1 from salemate.policy_takeovers t where t.schema_name = o.nspname and t.table_name = o.relname);
    end if;

    -- Migration state -----------------------------------------------------------------------------------
    if to_regclass('supabase_migrations.schema_migrations') is not null then
      return query
      select format('phase %s is recorded as applied', g.n),
             exists (select 1 from supabase_migrations.schema_migrations m where m.name like format('phase%s\_%%', g.n)),
             null::text
      from generate_series(1, 7) g(n);
    end if;

    if not archive_dropped and to_regprocedure('salemate.legacy_archive_dependents()') is not null then
      return query
      select 'nothing outside legacy_archive depends on it (it can be dropped)',
             count(*) = 0, nullif(string_agg(format('%s -> %s', d.dependent, d.depends_on), '; ' order by d.dependent), '')
      from salemate.legacy_archive_dependents() d;
    end if;
  end
  $$;
comment on function salemate.verify_schema_consistency() is 'One row per schema assertion of the consolidated SaleMate schema (tables, compatibility views, RLS, security-definer search paths, keys, indexes, policies).';
revoke execute on function salemate.verify_schema_consistency() from public;

do $$
declare
  failed text;
begin
  if current_setting('salemate.verify_report_only', true) = 'on' then
    return;
  end if;
  select string_agg(v."check" || coalesce(' (' || v.detail || ')', ''), E'\n  ') into failed
  from salemate.verify_schema_consistency() v where not v.ok;
  if failed is not null then
    raise exception E'schema consistency checks failed:\n  %', failed;
  end if;
end
$$;
