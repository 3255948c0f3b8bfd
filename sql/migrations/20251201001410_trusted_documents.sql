-- Trusted documents registered by frontend builds (`salemate trust <manifest.json> --app <name>`),
-- beside the SDK's own manifest: a production gateway runs a document it finds here, by hash,
-- without a release. Not exposed (schema salemate); the gateway's login reads it through one
-- security-definer lookup, the CLI (the database owner) writes it.

create table if not exists salemate.trusted_documents (
  app text not null check (app ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
  hash text not null check (hash ~ '^[0-9a-f]{64}$'),
  document text not null,
  registered_by text not null,
  registered_at timestamptz not null default now(),
  revoked_at timestamptz,
  primary key (app, hash),
  -- the hash is the document's: sha256 of its text, as graphql-codegen's client preset writes it
  constraint trusted_documents_hash_matches check (hash = encode(sha256(convert_to(document, 'UTF8')), 'hex'))
);
create index if not exists trusted_documents_hash_idx on salemate.trusted_documents (hash) where revoked_at is null;
comment on table salemate.trusted_documents is 'Operation documents a frontend build registered (salemate trust): the gateway runs them by hash in production until revoked.';
comment on column salemate.trusted_documents.app is 'The frontend that registered it (--app).';
comment on column salemate.trusted_documents.hash is 'sha256 of the document text, lower-case hex (the persisted-documents manifest key without "sha256:").';
comment on column salemate.trusted_documents.registered_by is 'Who ran salemate trust (--by, else the operating-system user) and as which database role.';
comment on column salemate.trusted_documents.revoked_at is 'When it was revoked (salemate trust --revoke); the gateway refuses it from then on.';

alter table salemate.trusted_documents enable row level security;
revoke all on salemate.trusted_documents from public, anon, authenticated, service_role;

create or replace function salemate.trusted_document(p_hash text) returns text
  language sql stable security definer
  set search_path = pg_catalog, pg_temp
  as $$
    select d.document from salemate.trusted_documents d
    where d.hash = lower(p_hash) and d.revoked_at is null
    order by d.registered_at
    limit 1
  $$;
comment on function salemate.trusted_document(text) is 'The registered, unrevoked document with this hash, or null: what the gateway runs for a hash its SDK manifest does not hold.';
revoke execute on function salemate.trusted_document(text) from public, anon, authenticated;

do $$
begin
  if exists (select 1 from pg_roles where rolname = 'authenticator') then
    grant usage on schema salemate to authenticator;
    grant execute on function salemate.trusted_document(text) to authenticator;
  end if;
end $$;
