-- Edge Functions called by a user act as that user (role authenticated with the user's claims, as
-- PostgREST does). What they may do with the organisation's Wati integration is decided here, by
-- the functions below, never in the functions' TypeScript. They live in `private`, which the Data
-- API does not expose: only a function acting for its caller reaches them.

-- Refuses (42501, with the French reason given and its code as the hint) a request made with a
-- user's or the anonymous JWT whose caller lacks `at_least` in the organisation. Server
-- connections (no JWT: webhooks, scheduled jobs, the dispatcher, ops scripts with the service
-- role) are not members and go on.
create function private.require_role(
  org uuid,
  at_least public.member_role,
  refusal text,
  refusal_code text
)
returns void
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if private.from_client_role() and not private.has_role(org, at_least) then
    raise exception using errcode = '42501', message = refusal, hint = refusal_code;
  end if;
end;
$$;

-- The two doors of the Wati integration, each with its one French reason: the functions below and
-- the Edge Functions (which ask first, before reading or calling anything) use the same.
create function private.require_wati_manager(org uuid)
returns void
language sql
stable
security definer
set search_path = ''
as $$
  select private.require_role(org, 'admin',
    'Seuls les propriétaires et les administrateurs gèrent l’intégration Wati.',
    'wati_requires_admin')
$$;

create function private.require_template_syncer(org uuid)
returns void
language sql
stable
security definer
set search_path = ''
as $$
  select private.require_role(org, 'admin',
    'Seuls les propriétaires et les administrateurs synchronisent les modèles.',
    'template_sync_requires_admin')
$$;

-- Paramètres › Intégration Wati: the connection's state as its owners and admins see it (the
-- token's last characters only) and the webhook secret of the URL to paste into Wati.
create function private.wati_connection_status(org uuid)
returns table (
  mode text,
  endpoint text,
  token_hint text,
  verified_at timestamptz,
  last_check_error text,
  webhook_secret text
)
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  perform private.require_wati_manager(org);
  return query
    select o.mode::text, c.endpoint, c.token_hint, c.verified_at, c.last_check_error, s.secret
    from public.organizations o
    left join private.wati_connections c on c.organization_id = o.id
    left join private.webhook_secrets s on s.organization_id = o.id
    where o.id = org;
end;
$$;

-- What a function needs to call the organisation's Wati: its saved credentials (sealed) or, in
-- sandbox mode, what it needs to ask the sandbox for a workspace.
create function private.wati_credentials(org uuid)
returns table (name text, mode text, endpoint text, token_ciphertext text, webhook_secret text)
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  perform private.require_role(org, 'admin',
    'Seuls les propriétaires et les administrateurs utilisent l’intégration Wati.',
    'wati_use_requires_admin');
  return query
    select o.name, o.mode::text, c.endpoint, c.token_ciphertext, s.secret
    from public.organizations o
    left join private.wati_connections c on c.organization_id = o.id
    left join private.webhook_secrets s on s.organization_id = o.id
    where o.id = org;
end;
$$;

-- The organisation's mode follows its credentials; members never set it directly (the
-- organisation's protected fields), so the update runs without the caller's claims, after the
-- caller's role was checked by the function that calls this one. (A function's SET clause cannot
-- name request.jwt.claims: only a superuser may attach an unknown setting to a function.)
create function private.set_organization_mode(org uuid, new_mode text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  claims text := current_setting('request.jwt.claims', true);
begin
  perform set_config('request.jwt.claims', '', true);
  update public.organizations set mode = new_mode where id = org and mode is distinct from new_mode;
  perform set_config('request.jwt.claims', coalesce(claims, ''), true);
end;
$$;

-- Saves credentials already checked against Wati and sealed by the function: the organisation goes
-- live.
create function private.save_wati_connection(
  org uuid,
  new_endpoint text,
  new_token_ciphertext text,
  new_token_hint text
)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.require_wati_manager(org);
  insert into private.wati_connections
    (organization_id, endpoint, token_ciphertext, token_hint, verified_at, updated_by)
  values (org, new_endpoint, new_token_ciphertext, new_token_hint, now(), (select auth.uid()))
  on conflict (organization_id) do update set
    endpoint = excluded.endpoint,
    token_ciphertext = excluded.token_ciphertext,
    token_hint = excluded.token_hint,
    verified_at = now(),
    last_check_error = null,
    updated_by = excluded.updated_by,
    updated_at = now();
  perform private.set_organization_mode(org, 'live');
end;
$$;

-- Forgets the credentials: the organisation goes back to the sandbox.
create function private.remove_wati_connection(org uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.require_wati_manager(org);
  delete from private.wati_connections where organization_id = org;
  perform private.set_organization_mode(org, 'sandbox');
end;
$$;

-- The outcome of « Tester la connexion »: verified now, or the French reason it failed.
create function private.record_wati_connection_check(org uuid, failure text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.require_wati_manager(org);
  update private.wati_connections
  set verified_at = case when failure is null then now() else verified_at end,
      last_check_error = failure
  where organization_id = org;
end;
$$;

create function private.rotate_webhook_secret(org uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.require_wati_manager(org);
  insert into private.webhook_secrets (organization_id) values (org)
  on conflict (organization_id) do update
    set secret = encode(extensions.gen_random_bytes(24), 'hex'), rotated_at = now();
end;
$$;

-- Brings the organisation's templates in line with the list Wati gave: new ones inserted, the rest
-- updated (the parameter mapping chosen in WCAP stays), those Wati no longer lists marked DELETED.
-- Template fields come from Wati only (members change the mapping only), so the writes run without
-- the caller's claims, after store_wati_templates checked the caller's role.
create function private.apply_wati_templates(org uuid, templates jsonb)
returns table (created integer, updated integer, removed integer)
language plpgsql
security definer
set search_path = ''
as $$
declare
  claims text := current_setting('request.jwt.claims', true);
begin
  perform set_config('request.jwt.claims', '', true);
  with incoming as (
    select *
    from jsonb_to_recordset(templates) as t(
      wati_id text, name text, category text, language text, status text, header jsonb,
      body text, footer text, buttons jsonb, parameters text[])
  ),
  written as (
    insert into public.whatsapp_templates as w
      (organization_id, wati_id, name, category, language, status, header, body, footer, buttons,
       parameters)
    select org, wati_id, name, category, language, status, header, body, footer,
           coalesce(buttons, '[]'::jsonb), coalesce(parameters, '{}')
    from incoming
    on conflict (organization_id, name, language) do update set
      wati_id = excluded.wati_id, category = excluded.category, status = excluded.status,
      header = excluded.header, body = excluded.body, footer = excluded.footer,
      buttons = excluded.buttons, parameters = excluded.parameters, synced_at = now()
    returning (xmax = 0) as inserted
  )
  select count(*) filter (where inserted), count(*) filter (where not inserted)
  into created, updated
  from written;

  update public.whatsapp_templates w
  set status = 'DELETED', synced_at = now()
  where w.organization_id = org and w.status <> 'DELETED'
    and not exists (
      select 1 from jsonb_array_elements(templates) t
      where t ->> 'name' = w.name and t ->> 'language' = w.language);
  get diagnostics removed = row_count;
  perform set_config('request.jwt.claims', coalesce(claims, ''), true);
  return next;
end;
$$;

create function private.store_wati_templates(org uuid, templates jsonb)
returns table (created integer, updated integer, removed integer)
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.require_template_syncer(org);
  return query select * from private.apply_wati_templates(org, templates);
end;
$$;
grant execute on function
  private.require_wati_manager(uuid),
  private.require_template_syncer(uuid),
  private.wati_connection_status(uuid),
  private.wati_credentials(uuid),
  private.save_wati_connection(uuid, text, text, text),
  private.remove_wati_connection(uuid),
  private.record_wati_connection_check(uuid, text),
  private.rotate_webhook_secret(uuid),
  private.store_wati_templates(uuid, jsonb)
to authenticated, service_role;
