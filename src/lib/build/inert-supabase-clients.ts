// What supabase-js gets, in the production build, instead of the Realtime and Storage clients it
// creates with every client: the SPA uses Storage nowhere and opens Realtime through its own client
// (src/lib/realtime.ts) on the pages that listen live, so neither belongs in the first load
// (vite.config.ts, `inertSupabaseClients`). A call reaching them is a bug, said plainly.

function unavailable(part: string): never {
  throw new Error(
    `supabase.${part} n’est pas inclus dans l’application : utilisez src/lib/realtime.ts pour le temps réel.`,
  );
}

export class RealtimeClient {
  channel(): never {
    return unavailable('channel');
  }
  getChannels(): [] {
    return [];
  }
  removeChannel(): Promise<'ok'> {
    return Promise.resolve('ok');
  }
  removeAllChannels(): Promise<[]> {
    return Promise.resolve([]);
  }
  setAuth(): Promise<void> {
    return Promise.resolve();
  }
}

export class StorageClient {
  from(): never {
    return unavailable('storage');
  }
}

export class StorageApiError extends Error {}
