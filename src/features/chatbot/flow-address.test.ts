import { describe, expect, it } from 'vitest';
import { chatbotFlowPath, paths } from '../../lib/paths';
import { flowIdOf } from './flow-address';

describe('flowIdOf', () => {
  it('reads the flow of an editor address, and only there', () => {
    const id = 'f0000000-0000-4000-8000-000000000001';
    expect(flowIdOf(chatbotFlowPath(id))).toBe(id);
    expect(flowIdOf(`${chatbotFlowPath(id)}/`)).toBe(id);
    expect(flowIdOf(paths.chatbotFlows)).toBeNull();
    expect(flowIdOf(`${paths.chatbotFlows}/`)).toBeNull();
    expect(flowIdOf(`${chatbotFlowPath(id)}/autre`)).toBeNull();
    expect(flowIdOf(paths.chatbotFaq)).toBeNull();
  });
});
