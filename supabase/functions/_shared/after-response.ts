interface EdgeRuntimeLike {
  waitUntil?(promise: Promise<unknown>): void;
}

/**
 * Work that finishes after the answer, so a caller is answered fast. Supabase's runtime is told to
 * wait for it (`EdgeRuntime.waitUntil`); plain Deno keeps serving, so it finishes anyway.
 */
export function afterResponse(label: string, task: () => Promise<void>): void {
  const running = task().catch((error: unknown) => console.error(`${label}:`, error));
  (globalThis as { EdgeRuntime?: EdgeRuntimeLike }).EdgeRuntime?.waitUntil?.(running);
}
