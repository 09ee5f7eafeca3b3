-- Auth's « before user created » hook ([auth.hook.before_user_created] in config.toml): a sign-up
-- whose metadata the database would refuse is refused by Auth first, with a French message.
-- Without it, a full name over 120 characters fails the profile insert of
-- private.create_profile(), and Auth answers 500 « Database error saving new user ».
create function private.before_user_created(event jsonb)
returns jsonb
language plpgsql
immutable
set search_path = ''
as $$
begin
  -- The same expression private.create_profile() stores, against the same limit as profiles.
  if char_length(btrim(event -> 'user' -> 'user_metadata' ->> 'full_name')) > 120 then
    return jsonb_build_object('error', jsonb_build_object(
      'http_code', 422,
      'message', 'Le nom doit contenir au plus 120 caractères.'));
  end if;
  return '{}'::jsonb;
end;
$$;
-- Auth calls the hook as supabase_auth_admin, and nobody else may.
grant usage on schema private to supabase_auth_admin;
grant execute on function private.before_user_created(jsonb) to supabase_auth_admin;
