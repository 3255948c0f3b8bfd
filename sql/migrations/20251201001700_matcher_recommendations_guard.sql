-- Matcher recommendations are the matcher's alone (issue 20, audit gap 4).
--
-- Whoever sees a lead may record a recommendation for it (phase 4), and the insert grant names
-- `source` so a person can say ai or manual. It also let them say matcher: a row that claims to
-- be the inventory matcher's output (salemate.match_lead_inventory) and stands until the next
-- recompute. Only the database's own functions write matcher rows now: an API role (anon,
-- authenticated: GraphQL, PostgREST, the inventory_matches view) that inserts one, turns a row
-- into one or changes one is refused with 42501 and a sentence, which the gateway answers as
-- FORBIDDEN. The matcher's functions are security definer and run as their owner, so they pass;
-- so does the service role. Running the file again changes nothing.

create or replace function salemate.tg_lead_recommendations__guard_matcher_source() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if salemate.is_end_user()
       and (new.source = 'matcher' or (tg_op = 'UPDATE' and old.source = 'matcher')) then
      raise exception 'matcher recommendations are written by the inventory matcher, not by people'
        using errcode = 'insufficient_privilege',
              hint = 'Record your own recommendation with source ai or manual.';
    end if;
    return new;
  end
  $$;
comment on function salemate.tg_lead_recommendations__guard_matcher_source() is 'Refuses an API user''s insert of a matcher recommendation and any change to or into one: only the inventory matcher''s functions write them.';
revoke all on function salemate.tg_lead_recommendations__guard_matcher_source() from public;
drop trigger if exists tg_lead_recommendations__guard_matcher_source on public.lead_recommendations;
create trigger tg_lead_recommendations__guard_matcher_source before insert or update on public.lead_recommendations
  for each row execute function salemate.tg_lead_recommendations__guard_matcher_source();
