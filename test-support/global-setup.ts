import type { TestProject } from 'vitest/node';
import { startStack, type StackInfo } from '../scripts/stack/stack';
import { localLoadRateLimits } from './rate-limits';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackInfo;
  }
}

/** One ephemeral stack (with the seed) for the whole integration run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stack = await startStack({ ephemeral: true, seed: true, env: localLoadRateLimits });
  project.provide('stack', stack.info);
  return () => stack.stop();
}
