import { serviceDatabase } from '../_shared/database.ts';
import { json, methodNotAllowed, serveJson } from '../_shared/http.ts';

const DATABASE_TIMEOUT_MS = 3000;

interface DatabaseHealth {
  ok: boolean;
  latencyMs: number;
  error?: string;
}

async function checkDatabase(): Promise<DatabaseHealth> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  try {
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('délai dépassé')), DATABASE_TIMEOUT_MS),
    );
    await Promise.race([serviceDatabase()`select 1`, timeout]);
    return { ok: true, latencyMs: latency() };
  } catch (error) {
    console.error('health: database check failed', error);
    return { ok: false, latencyMs: latency(), error: 'La base de données ne répond pas.' };
  }
}

// Monitoring endpoint: 200 when everything answers, 503 otherwise, so uptime probes can alert.
Deno.serve(
  serveJson(async (request) => {
    if (request.method !== 'GET') return methodNotAllowed(['GET', 'OPTIONS']);
    const db = await checkDatabase();
    return json(
      {
        status: db.ok ? 'ok' : 'degraded',
        deno: Deno.version.deno,
        database: db,
        checkedAt: new Date().toISOString(),
      },
      db.ok ? 200 : 503,
    );
  }),
);
