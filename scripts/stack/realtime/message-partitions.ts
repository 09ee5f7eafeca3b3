import type pg from 'pg';

/**
 * realtime.messages is partitioned by day, and an insert with no partition for its day fails: the
 * authorization probes would then refuse everyone. As upstream Realtime does on connecting and in
 * its janitor, partitions from yesterday to three days ahead exist, and those older than 72 hours
 * are dropped. Dates are UTC (the pool's time zone), like upstream's.
 */
const MAINTAIN_PARTITIONS = `
do $$
declare
  day date;
  name text;
begin
  for day in select generate_series(current_date - 1, current_date + 3, interval '1 day')::date loop
    name := 'messages_' || to_char(day, 'YYYY_MM_DD');
    execute format(
      'create table if not exists realtime.%I partition of realtime.messages for values from (%L) to (%L)',
      name, day, day + 1);
    execute format('alter table realtime.%I owner to supabase_realtime_admin', name);
  end loop;
  for name in
    select child.relname from pg_inherits
    join pg_class parent on parent.oid = pg_inherits.inhparent
    join pg_class child on child.oid = pg_inherits.inhrelid
    join pg_namespace n on n.oid = parent.relnamespace
    where n.nspname = 'realtime' and parent.relname = 'messages'
      and child.relname ~ '^messages_[0-9]{4}_[0-9]{2}_[0-9]{2}$'
      and to_date(substr(child.relname, 10), 'YYYY_MM_DD') < (now() - interval '72 hours')::date
  loop
    execute format('drop table if exists realtime.%I', name);
  end loop;
end
$$`;

const HOUR_MS = 60 * 60 * 1000;

/** Keeps the partitions now and every hour until the returned function is called. */
export async function maintainMessagePartitions(
  pool: pg.Pool,
  log: (line: string) => void,
): Promise<() => void> {
  await pool.query(MAINTAIN_PARTITIONS);
  const timer = setInterval(() => {
    pool
      .query(MAINTAIN_PARTITIONS)
      .catch((error: unknown) => log(`realtime.messages partitions: ${(error as Error).message}`));
  }, HOUR_MS);
  timer.unref();
  return () => clearInterval(timer);
}
