-- Server-side jobs (issue 20): the door from SQL into graphile-worker's queue.
--
-- graphile-worker keeps its queue in its own schema, `graphile_worker`, which the worker installs
-- and upgrades itself when it starts (the gateway process, or `salemate worker`). Our SQL never
-- creates it, so these migrations run unchanged on a database where no worker has started yet.
-- Triggers and workflows enqueue through salemate.add_job / salemate.remove_job, which do nothing
-- (and say so) while the queue is absent: the cron items of server/jobs/crontab catch up on what
-- was written meanwhile (reminders every minute, inventory matches nightly).
--
-- Jobs are enqueued in the caller's transaction: a rolled-back request enqueues nothing, a
-- committed one cannot lose its job. Running the file again changes nothing.

-- Whether graphile-worker's queue is installed in this database.
create or replace function salemate.job_queue_installed() returns boolean
  language sql stable
  set search_path = pg_catalog, pg_temp
  as $$ select to_regprocedure('graphile_worker.add_job(text, json, text, timestamptz, integer, text, integer, text[], text)') is not null $$;
comment on function salemate.job_queue_installed() is 'Whether graphile-worker''s queue (schema graphile_worker) is installed; the worker installs it when it first starts.';
revoke all on function salemate.job_queue_installed() from public;

-- Enqueues a job in the caller's transaction. A job_key makes it one pending job per key (a later
-- add replaces the payload and run_at: job_key_mode 'replace'). Returns false when the queue is
-- absent. Security definer: API users cannot reach graphile_worker, the triggers and workflows
-- that call this decide what is enqueued.
create or replace function salemate.add_job(p_task text, p_payload jsonb, p_run_at timestamptz default null,
                                            p_job_key text default null, p_max_attempts integer default null)
  returns boolean
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if not salemate.job_queue_installed() then
      return false;
    end if;
    perform graphile_worker.add_job(p_task, p_payload::json, run_at => p_run_at, job_key => p_job_key, max_attempts => p_max_attempts,
                                    job_key_mode => 'replace');
    return true;
  end
  $$;
comment on function salemate.add_job(text, jsonb, timestamptz, text, integer) is 'Enqueues a graphile-worker job in the current transaction (one pending job per job key); false when the queue is not installed yet.';
revoke all on function salemate.add_job(text, jsonb, timestamptz, text, integer) from public;

-- Removes the pending job with this key (a job already running finishes; it re-checks its row).
create or replace function salemate.remove_job(p_job_key text) returns void
  language plpgsql volatile security definer
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    if salemate.job_queue_installed() then
      perform graphile_worker.remove_job(p_job_key);
    end if;
  end
  $$;
comment on function salemate.remove_job(text) is 'Removes the pending graphile-worker job with this key, if the queue is installed and such a job waits.';
revoke all on function salemate.remove_job(text) from public;
