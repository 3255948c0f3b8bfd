-- Phone verification by one-time code (issue 20; replaces the edge functions otp-request and otp-verify).
--
--   request_phone_otp -> requestPhoneOtp(phone)   a code for the caller's phone, sent by the worker
--   verify_phone_otp  -> verifyPhoneOtp(code)     the code back: on success the database records
--                                                 profiles.phone and phone_verified_at
--
-- Flow: requestPhoneOtp normalises an Egyptian mobile number to E.164 (+201XXXXXXXXX), checks the
-- rate limits, records a challenge in salemate.phone_otps (no code yet) and enqueues the job
-- send_phone_otp in the same transaction. The job (server/jobs/tasks/send-phone-otp.ts) draws the
-- code, stores only its salted SHA-256 (salemate.issue_phone_otp_code), commits, then hands the
-- code to the sender (development: a log sink; production: an HTTP SMS provider). A retried send
-- draws a new code, so only the last code sent is ever valid. A new request supersedes the
-- caller's earlier challenge.
--
-- Limits (one place: salemate.phone_otp_limits()): a code lives 10 minutes; 5 wrong tries end
-- a challenge; a phone gets at most 3 challenges per 15 minutes, a person at most 5 per hour (any
-- phones). Beyond a rate limit the request fails with SQLSTATE SM429 (RATE_LIMITED in GraphQL).
-- Other refusals are P0001 (BUSINESS_RULE) with a hint; anonymous callers get 42501.
--
-- verifyPhoneOtp answers with a status rather than an error, because a wrong try must be counted
-- and an error would roll the count back: verified, wrong_code (attemptsLeft), expired,
-- too_many_attempts, no_code (nothing requested, or not sent yet), phone_taken.
-- Who sets phone_verified_at: only these functions (tg_profiles__guard_phone_verification refuses
-- API users other than admins), and an API user's change of phone clears it
-- (tg_profiles__unverify_changed_phone). Running the file again changes nothing.

create table if not exists salemate.phone_otps (
  otp_id uuid primary key default gen_random_uuid(),
  profile_id uuid not null references public.profiles (id) on delete cascade,
  phone text not null check (phone ~ '^\+201[0125][0-9]{8}$'),
  code_salt text not null default gen_random_uuid()::text,
  code_hash text check (code_hash ~ '^[0-9a-f]{64}$'),
  attempts integer not null default 0 check (attempts >= 0),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  sent_at timestamptz,
  superseded_at timestamptz,
  verified_at timestamptz
);
comment on table salemate.phone_otps is 'Phone verification challenges: one per requestPhoneOtp. The code is kept only as a salted SHA-256; rows are the rate limits'' memory.';
comment on column salemate.phone_otps.phone is 'The number to verify, E.164 (+201XXXXXXXXX).';
comment on column salemate.phone_otps.code_hash is 'sha256(code_salt || code), hex; null until the send job drew the code.';
comment on column salemate.phone_otps.attempts is 'Wrong codes tried so far.';
comment on column salemate.phone_otps.sent_at is 'When the sender accepted the code.';
comment on column salemate.phone_otps.superseded_at is 'When a newer request of the same person replaced this challenge.';
comment on column salemate.phone_otps.verified_at is 'When the right code came back.';
create index if not exists phone_otps_profile_id_created_at_idx on salemate.phone_otps (profile_id, created_at desc);
create index if not exists phone_otps_phone_created_at_idx on salemate.phone_otps (phone, created_at desc);
alter table salemate.phone_otps enable row level security;
revoke all on salemate.phone_otps from public, anon, authenticated;

-- The limits, in one place.
create or replace function salemate.phone_otp_limits(out code_ttl interval, out max_attempts integer,
                                                     out per_phone integer, out per_phone_window interval,
                                                     out per_user integer, out per_user_window interval)
  language sql immutable
  set search_path = pg_catalog, pg_temp
  as $$ select interval '10 minutes', 5, 3, interval '15 minutes', 5, interval '1 hour' $$;
comment on function salemate.phone_otp_limits() is 'Phone OTP limits: code lifetime, wrong tries per code, challenges per phone and per person in their windows.';
revoke all on function salemate.phone_otp_limits() from public;

-- An Egyptian mobile number in E.164, or null. Accepts 01XXXXXXXXX, +201XXXXXXXXX, 00201XXXXXXXXX and
-- 201XXXXXXXXX (mobile prefixes 010, 011, 012, 015), with spaces, dashes, dots or brackets between digits.
create or replace function salemate.egyptian_mobile_e164(p_phone text) returns text
  language sql immutable parallel safe
  set search_path = pg_catalog, pg_temp
  as $$
    select case
      when d ~ '^01[0125][0-9]{8}$' then '+2' || d
      when d ~ '^\+201[0125][0-9]{8}$' then d
      when d ~ '^00201[0125][0-9]{8}$' then '+' || substr(d, 3)
      when d ~ '^201[0125][0-9]{8}$' then '+' || d
    end
    from (select regexp_replace(btrim(coalesce(p_phone, '')), '[\s().-]', '', 'g') as d) x
  $$;
comment on function salemate.egyptian_mobile_e164(text) is 'An Egyptian mobile number (01..., +201..., 00201..., 201...; prefixes 010/011/012/015) as E.164 +201XXXXXXXXX; null when it is not one.';
grant execute on function salemate.egyptian_mobile_e164(text) to authenticated, service_role;

create or replace function salemate.phone_otp_hash(p_salt text, p_code text) returns text
  language sql immutable
  set search_path = pg_catalog, pg_temp
  as $$ select encode(sha256(convert_to(p_salt || p_code, 'UTF8')), 'hex') $$;
comment on function salemate.phone_otp_hash(text, text) is 'How a one-time code is stored: hex sha256 of salt || code.';
revoke all on function salemate.phone_otp_hash(text, text) from public;

-- request_phone_otp ---------------------------------------------------------------------------------

do $$
begin
  if to_regtype('public.phone_otp_challenge') is null then
    create type public.phone_otp_challenge as (phone text, expires_at timestamptz);
  end if;
end
$$;
comment on type public.phone_otp_challenge is 'A code is on its way to this phone (E.164) and is valid until expiresAt.';
comment on column public.phone_otp_challenge.phone is 'The number the code goes to, as E.164 (+201XXXXXXXXX).';
comment on column public.phone_otp_challenge.expires_at is 'Until when the code can be verified.';

create or replace function public.request_phone_otp(phone text) returns public.phone_otp_challenge
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.current_profile_id();
    lim record;
    v_phone text := salemate.egyptian_mobile_e164(request_phone_otp.phone);
    v_otp salemate.phone_otps;
  begin
    select * into lim from salemate.phone_otp_limits();
    if me is null or not exists (select 1 from public.profiles p where p.id = me) then
      raise exception 'Sign in to verify a phone number.' using errcode = '42501';
    end if;
    if v_phone is null then
      raise exception 'That is not an Egyptian mobile number.' using errcode = 'P0001',
        hint = 'Give a mobile number such as 01012345678 or +201012345678 (prefixes 010, 011, 012, 015).';
    end if;
    if exists (select 1 from public.profiles p where p.phone = v_phone and p.phone_verified_at is not null and p.id <> me) then
      raise exception 'That number is already verified on another account.' using errcode = 'P0001',
        hint = 'Use your own mobile number, or ask support to release it.';
    end if;
    -- One request at a time per person and per phone, so two at once cannot both pass the limits.
    perform pg_advisory_xact_lock(hashtext('salemate:otp:profile:' || me::text));
    perform pg_advisory_xact_lock(hashtext('salemate:otp:phone:' || v_phone));
    if (select count(*) from salemate.phone_otps o where o.phone = v_phone and o.created_at > now() - lim.per_phone_window) >= lim.per_phone then
      raise exception 'Too many codes were sent to this number; try again later.' using errcode = 'SM429',
        hint = format('At most %s codes per number every %s.', lim.per_phone, lim.per_phone_window);
    end if;
    if (select count(*) from salemate.phone_otps o where o.profile_id = me and o.created_at > now() - lim.per_user_window) >= lim.per_user then
      raise exception 'You asked for too many codes; try again later.' using errcode = 'SM429',
        hint = format('At most %s codes per person every %s.', lim.per_user, lim.per_user_window);
    end if;
    update salemate.phone_otps o set superseded_at = now()
    where o.profile_id = me and o.superseded_at is null and o.verified_at is null;
    insert into salemate.phone_otps (profile_id, phone, expires_at)
    values (me, v_phone, now() + lim.code_ttl)
    returning * into v_otp;
    if not salemate.add_job('send_phone_otp', jsonb_build_object('otp_id', v_otp.otp_id), null, 'send_phone_otp:' || v_otp.otp_id, 10) then
      raise exception 'Codes cannot be sent right now.' using errcode = 'P0001', hint = 'The job worker has not started on this database yet; try again in a minute.';
    end if;
    return row(v_phone, v_otp.expires_at)::public.phone_otp_challenge;
  end
  $$;
comment on function public.request_phone_otp(text) is
'Sends a one-time code by SMS to the caller''s mobile number, to verify it with verifyPhoneOtp.
Arguments: phone, an Egyptian mobile number (01XXXXXXXXX, +201XXXXXXXXX, 00201XXXXXXXXX or 201XXXXXXXXX).
The code is valid 10 minutes; a new request replaces the previous code. At most 3 codes per number every 15 minutes and 5 per person every hour (RATE_LIMITED).
Fails with BUSINESS_RULE when the number is not an Egyptian mobile or is verified on another account.';

-- verify_phone_otp ------------------------------------------------------------------------------------

do $$
begin
  if to_regtype('public.phone_verification') is null then
    create type public.phone_verification as (status text, phone text, verified_at timestamptz, attempts_left integer);
  end if;
end
$$;
comment on type public.phone_verification is 'The outcome of verifyPhoneOtp.';
comment on column public.phone_verification.status is 'verified, wrong_code, expired, too_many_attempts, no_code (none requested or not sent yet) or phone_taken.';
comment on column public.phone_verification.phone is 'The number the code was for (E.164).';
comment on column public.phone_verification.verified_at is 'When the number was verified (status verified).';
comment on column public.phone_verification.attempts_left is 'Wrong tries left for this code.';

create or replace function public.verify_phone_otp(code text) returns public.phone_verification
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    me uuid := salemate.current_profile_id();
    lim record;
    o salemate.phone_otps;
    v_now timestamptz := now();
  begin
    select * into lim from salemate.phone_otp_limits();
    if me is null or not exists (select 1 from public.profiles p where p.id = me) then
      raise exception 'Sign in to verify a phone number.' using errcode = '42501';
    end if;
    select x.* into o from salemate.phone_otps x
    where x.profile_id = me and x.superseded_at is null and x.verified_at is null
    order by x.created_at desc limit 1
    for update;
    if not found or o.code_hash is null then
      return row('no_code', o.phone, null, null)::public.phone_verification;
    end if;
    if o.attempts >= lim.max_attempts then
      return row('too_many_attempts', o.phone, null, 0)::public.phone_verification;
    end if;
    if o.expires_at <= v_now then
      return row('expired', o.phone, null, lim.max_attempts - o.attempts)::public.phone_verification;
    end if;
    if salemate.phone_otp_hash(o.code_salt, btrim(coalesce(verify_phone_otp.code, ''))) is distinct from o.code_hash then
      update salemate.phone_otps x set attempts = x.attempts + 1 where x.otp_id = o.otp_id;
      return row('wrong_code', o.phone, null, lim.max_attempts - o.attempts - 1)::public.phone_verification;
    end if;
    if exists (select 1 from public.profiles p where p.phone = o.phone and p.phone_verified_at is not null and p.id <> me) then
      update salemate.phone_otps x set superseded_at = v_now where x.otp_id = o.otp_id;
      return row('phone_taken', o.phone, null, null)::public.phone_verification;
    end if;
    update salemate.phone_otps x set verified_at = v_now where x.otp_id = o.otp_id;
    update public.profiles p
    set phone = o.phone, phone_verified_at = v_now,
        onboarding_state = case when p.onboarding_state in ('new', 'phone_pending') then 'completed' else p.onboarding_state end
    where p.id = me;
    return row('verified', o.phone, v_now, null)::public.phone_verification;
  end
  $$;
comment on function public.verify_phone_otp(text) is
'Checks the code sent by requestPhoneOtp. On success the caller''s profile gets the phone number and phoneVerifiedAt.
Arguments: code, the 6 digits received.
Answers with status verified, wrong_code (attemptsLeft tells how many tries remain; 5 per code), expired, too_many_attempts, no_code or phone_taken: ask for a new code after expired or too_many_attempts.';

revoke all on function public.request_phone_otp(text), public.verify_phone_otp(text) from public, anon;
grant execute on function public.request_phone_otp(text), public.verify_phone_otp(text) to authenticated;

-- The send job's half: draws the code into the challenge (hash only), or says there is nothing to send.
create or replace function salemate.issue_phone_otp_code(p_otp uuid, p_code text) returns text
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    o salemate.phone_otps;
  begin
    if p_code !~ '^[0-9]{6}$' then
      raise exception 'a one-time code is 6 digits' using errcode = 'P0001';
    end if;
    select x.* into o from salemate.phone_otps x where x.otp_id = p_otp for update;
    if not found or o.sent_at is not null or o.superseded_at is not null or o.verified_at is not null or o.expires_at <= now() then
      return null;
    end if;
    update salemate.phone_otps x set code_hash = salemate.phone_otp_hash(x.code_salt, p_code), attempts = 0 where x.otp_id = p_otp;
    return o.phone;
  end
  $$;
comment on function salemate.issue_phone_otp_code(uuid, text) is 'For the send_phone_otp job: stores the hash of a freshly drawn code and returns the phone to send it to; null when the challenge no longer needs a code (sent, replaced, verified, expired).';
revoke all on function salemate.issue_phone_otp_code(uuid, text) from public;

create or replace function salemate.mark_phone_otp_sent(p_otp uuid) returns void
  language sql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$ update salemate.phone_otps set sent_at = coalesce(sent_at, now()) where otp_id = p_otp $$;
comment on function salemate.mark_phone_otp_sent(uuid) is 'For the send_phone_otp job: the sender accepted the code.';
revoke all on function salemate.mark_phone_otp_sent(uuid) from public;

-- A changed phone is not verified ------------------------------------------------------------------

create or replace function salemate.tg_profiles__unverify_changed_phone() returns trigger
  language plpgsql
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if salemate.is_end_user() and new.phone is distinct from old.phone
       and new.phone_verified_at is not distinct from old.phone_verified_at then
      new.phone_verified_at := null;
    end if;
    return new;
  end
  $$;
comment on function salemate.tg_profiles__unverify_changed_phone() is 'An API user who edits their phone number loses its verification (verifyPhoneOtp records a verified number).';
revoke all on function salemate.tg_profiles__unverify_changed_phone() from public;
drop trigger if exists tg_profiles__unverify_changed_phone on public.profiles;
create trigger tg_profiles__unverify_changed_phone before update of phone on public.profiles
  for each row execute function salemate.tg_profiles__unverify_changed_phone();
