-- Concurrent writers of one wallet's ledger queue instead of deadlocking.
--
-- Inserting a ledger entry takes a KEY SHARE lock on its wallet (the foreign key). The balance
-- sync then locked the wallet FOR UPDATE, which conflicts with KEY SHARE: two transactions that
-- had each inserted an entry for the same wallet waited for each other, and PostgreSQL aborted one
-- (40P01, answered as RETRY). Found by ten simultaneous finance adjustments of one wallet
-- (tests/reliability/money-chaos.test.ts). The sync only changes the balance, never the key, so
-- FOR NO KEY UPDATE is the lock it needs: it still serialises the writers of one wallet (the
-- second waits, then sums the ledger with the first one's entry committed) but leaves the
-- foreign-key locks alone. Same function as phase 2 otherwise.

create or replace function salemate.sync_wallet_balances(p_wallets uuid[], p_guarded uuid[]) returns void
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    w record;
    total numeric(14, 2);
  begin
    for w in
      select pw.id, pw.profile_id, pw.balance, pw.currency from public.profile_wallets pw
      where pw.id = any (p_wallets) order by pw.id for no key update
    loop
      select coalesce(sum(l.amount), 0) into total
      from public.profile_wallet_ledger l where l.wallet_id = w.id and l.status = 'completed';
      if total < 0 and total < w.balance and w.id = any (p_guarded) then
        raise exception 'insufficient balance: wallet % holds % %, the entry would take it to %', w.id, w.balance, w.currency, total
          using errcode = 'check_violation',
                hint = 'A completed debit may not take a wallet below zero.';
      end if;
      if total is distinct from w.balance then
        update public.profile_wallets set balance = total where id = w.id;
      end if;
      update public.profiles set wallet_balance = total where id = w.profile_id and wallet_balance is distinct from total;
    end loop;
  end
  $$;
