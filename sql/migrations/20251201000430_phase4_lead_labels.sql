-- salemate:replaces sha256:e4b968ef1b44e8f858e70a9ae51fcf1f527ad91732b9648808aa99163d6ef31b
-- (that revision normalised each tag with a function call per row and sorted them by text; this one each distinct tag once: same end state)
-- Phase 4: lead_labels, the labels on a lead (plan "2. Leads Domain").
--
--   legacy_archive.lead_tags -> lead_labels
--
-- A label is stored normalised: whitespace runs become one space, no leading or trailing
-- space. A lead has each label once, whatever the case: legacy tags that differ only in case
-- or spacing ('VIP', 'vip', ' Vip ') collapse into one label, spelled as the first applied
-- (earliest created_at, then id) wrote it, trimmed; the others go to salemate.migration_rejects
-- ('duplicate label on the same lead (case/whitespace)') so verify accounts for every tag. Also
-- rejected: tags of a lead that no longer exists, tags with no text. The original spelling of a
-- carried tag stays in legacy_data.tag_name. Running the file again changes nothing.

-- The bulk statements below hash and sort in memory (settings end with this file's transaction).
set local work_mem = '64MB';
set local maintenance_work_mem = '256MB';

-- 'a   label ' -> 'a label': one space between words, none around.
create or replace function salemate.lead_label(p_label text) returns text
  language sql immutable parallel safe
  as $$ select btrim(regexp_replace(p_label, '\s+', ' ', 'g'), ' ') $$;
comment on function salemate.lead_label(text) is 'A label as lead_labels stores it: whitespace runs as one space, trimmed.';
grant execute on function salemate.lead_label(text) to authenticated, service_role;

create table if not exists public.lead_labels (
  label_id uuid not null default gen_random_uuid(),
  lead_id uuid not null,
  label text not null check (label <> '' and label = salemate.lead_label(label)),
  color text default '#3b82f6',
  applied_by uuid,
  applied_at timestamptz not null default now(),
  legacy_id text,
  legacy_data jsonb check (jsonb_typeof(legacy_data) = 'object')
);
-- Keys, foreign keys and indexes follow the backfill.

comment on table public.lead_labels is 'Labels agents put on a lead (VIP, Investor, Cash Buyer, ...), each once per lead whatever its case. Replaces lead_tags. Visible to whoever can see the lead.';
comment on column public.lead_labels.label_id is 'Label id (the legacy tag''s id for carried rows).';
comment on column public.lead_labels.lead_id is 'Lead the label is on; labels go with their lead.';
comment on column public.lead_labels.label is 'The label, whitespace-normalised; unique per lead regardless of case.';
comment on column public.lead_labels.color is 'Display colour, e.g. #3b82f6.';
comment on column public.lead_labels.applied_by is 'Profile who put the label on (null when unknown).';
comment on column public.lead_labels.applied_at is 'When the label was put on.';
comment on column public.lead_labels.legacy_id is 'Id of the legacy lead_tags row it was carried from (null for labels added after phase 4).';
comment on column public.lead_labels.legacy_data is 'Legacy values no column holds as they were: tag_name (its original spelling), created_by (no such profile). Null when none.';

alter table public.lead_labels enable row level security;

-- Backfill -----------------------------------------------------------------------------------

do $$
declare
  src regclass := salemate.conformed_legacy_table(4, 'lead_tags', array['lead_labels'], array[
    'id uuid', 'lead_id uuid', 'tag_name text', 'color text', 'created_at timestamptz', 'created_by uuid']);
  q text;
begin
  if src is null then
    perform salemate.note(4, 'lead_tags', 'legacy lead_tags is absent (or already replaced): nothing carried into lead_labels');
    return;
  end if;
  -- A tag whose lead already has the label (carried earlier or added since) is a duplicate too.
  q := format($q$
    select s.id, s.legacy_extra, s.lead_id, s.tag_name, n.label, s.color, s.created_at, s.created_by,
           s.created_by in (select p.id from public.profiles p) as user_known,
           case when l.id is null then 'lead does not exist (deleted lead)'
                when coalesce(n.label, '') = '' then 'empty label'
                when x.label_id is not null
                  or row_number() over (partition by s.lead_id, n.label_no order by s.created_at, s.id) > 1
                  then 'duplicate label on the same lead (case/whitespace)'
           end as reject_reason
    -- Tags repeat a few dozen spellings: each distinct spelling is normalised once and looked up
    -- per tag (a hash join) instead of a regexp per tag; a null tag_name matches nothing and
    -- gets the null label lead_label(null) gives. label_no numbers the distinct lower-case
    -- labels, so the duplicate check sorts tags by (lead, number) rather than comparing text.
    from (select s.id, %4$s as legacy_extra, s.lead_id, s.tag_name, %1$s as color, s.created_at, %2$s as created_by
          from %3$s s
          where not exists (select 1 from public.lead_labels t where t.legacy_id = s.id::text)) s
    left join (select d.tag_name, d.label, lower(d.label) as label_key, dense_rank() over (order by lower(d.label)) as label_no
               from (select t.tag_name, salemate.lead_label(t.tag_name) as label
                     from (select distinct s.tag_name from %3$s s) t) d) n on n.tag_name = s.tag_name
    left join public.leads l on l.id = s.lead_id
    left join public.lead_labels x on x.lead_id = s.lead_id and lower(x.label) = n.label_key
  $q$, salemate.optional_legacy_column(4, 'lead_tags', 'color', 'null::text'), salemate.optional_legacy_column(4, 'lead_tags', 'created_by', 'null::uuid'), src, salemate.legacy_extra_columns('lead_tags'));

  perform salemate.carry_legacy_rows(4, 'lead_tags', 'lead_labels', src, q, $i$
    insert into public.lead_labels (label_id, lead_id, label, color, applied_by, applied_at, legacy_id, legacy_data)
    select r.id, r.lead_id, r.label, r.color, case when r.user_known then r.created_by end, r.created_at, r.id::text,
           salemate.with_extra_columns(case when r.tag_name is distinct from r.label or not r.user_known then
             nullif(case when r.tag_name is distinct from r.label then jsonb_build_object('tag_name', r.tag_name) else '{}' end
                    || case when r.created_by is not null and not r.user_known then jsonb_build_object('created_by', r.created_by) else '{}' end, '{}')
           end, r.legacy_extra)
    from carry r
  $i$);
end
$$;

-- Keys and indexes, after the bulk insert --------------------------------------------------------

select salemate.add_constraint_once(4, 'public.lead_labels', 'lead_labels_pkey', 'primary key (label_id)');
select salemate.add_constraint_once(4, 'public.lead_labels', 'lead_labels_legacy_id_key', 'unique (legacy_id)');
select salemate.add_constraint_once(4, 'public.lead_labels', 'lead_labels_lead_id_fkey',
  'foreign key (lead_id) references public.leads (id) on delete cascade');
select salemate.add_constraint_once(4, 'public.lead_labels', 'lead_labels_applied_by_fkey',
  'foreign key (applied_by) references public.profiles (id) on delete set null');

create unique index if not exists lead_labels_lead_id_label_key on public.lead_labels (lead_id, lower(label));
create index if not exists lead_labels_label_idx on public.lead_labels (lower(label));
create index if not exists lead_labels_applied_by_idx on public.lead_labels (applied_by);

-- Who may do what ------------------------------------------------------------------------------

select salemate.take_over_policies(4, 'public.lead_labels');
drop policy if exists "People who can see a lead read its labels" on public.lead_labels;
create policy "People who can see a lead read its labels" on public.lead_labels for select to authenticated
  using (exists (select 1 from public.leads l where l.id = lead_id));

drop policy if exists "People who can see a lead label it as themselves" on public.lead_labels;
create policy "People who can see a lead label it as themselves" on public.lead_labels for insert to authenticated
  with check (applied_by = (select salemate.current_profile_id())
              and exists (select 1 from public.leads l where l.id = lead_id));

drop policy if exists "People who can see a lead edit its labels" on public.lead_labels;
create policy "People who can see a lead edit its labels" on public.lead_labels for update to authenticated
  using (exists (select 1 from public.leads l where l.id = lead_id))
  with check (exists (select 1 from public.leads l where l.id = lead_id));

drop policy if exists "People who can see a lead remove its labels" on public.lead_labels;
create policy "People who can see a lead remove its labels" on public.lead_labels for delete to authenticated
  using (exists (select 1 from public.leads l where l.id = lead_id));
select salemate.claim_policies(4, 'public.lead_labels');

revoke all on public.lead_labels from anon, authenticated;
grant select, delete on public.lead_labels to authenticated;
grant insert (label_id, lead_id, label, color, applied_by, applied_at), update (label, color) on public.lead_labels to authenticated;
grant all on public.lead_labels to service_role;

-- Compatibility view -----------------------------------------------------------------------------
-- Adding a tag the lead already has (in any case or spacing) adds nothing: the returned row is
-- the existing label.

select salemate.install_compat_view(4, 'lead_tags', $v$
  select b.label_id as id, b.lead_id, b.label as tag_name, b.color, b.applied_at as created_at,
         coalesce(b.applied_by, (b.legacy_data->>'created_by')::uuid) as created_by
  from public.lead_labels b
$v$, 'Compatibility view: legacy lead_tags, now lead_labels (phase 4). Tags are normalised and unique per lead regardless of case.');

create or replace function salemate.tg_lead_tags__instead_of_insert() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  declare
    v_label text := salemate.lead_label(new.tag_name);
  begin
    insert into public.lead_labels (label_id, lead_id, label, color, applied_by, applied_at)
    values (coalesce(new.id, gen_random_uuid()), new.lead_id, v_label, coalesce(new.color, '#3b82f6'),
            coalesce(new.created_by, salemate.current_profile_id()), coalesce(new.created_at, now()))
    on conflict (lead_id, lower(label)) do nothing
    returning label_id, label, color, applied_at, applied_by into new.id, new.tag_name, new.color, new.created_at, new.created_by;
    if not found then
      select b.label_id, b.label, b.color, b.applied_at, b.applied_by into new.id, new.tag_name, new.color, new.created_at, new.created_by
      from public.lead_labels b where b.lead_id = new.lead_id and lower(b.label) = lower(v_label);
    end if;
    return new;
  end
  $$;
create or replace function salemate.tg_lead_tags__instead_of_update() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    update public.lead_labels b set label = salemate.lead_label(new.tag_name), color = new.color
    where b.label_id = old.id
    returning b.label into new.tag_name;
    if not found then return null; end if;
    return new;
  end
  $$;
create or replace function salemate.tg_lead_tags__instead_of_delete() returns trigger
  language plpgsql set search_path = pg_catalog, pg_temp
  as $$
  begin
    delete from public.lead_labels where label_id = old.id;
    if not found then return null; end if;
    return old;
  end
  $$;
select salemate.install_instead_of_triggers('lead_tags', 'lead_tags');

-- The legacy table is read by nothing outside the archive now: its policies and API grants go.
select salemate.take_over_archived_table(4, 'lead_tags');
