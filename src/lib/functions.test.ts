import { FunctionsFetchError, FunctionsHttpError } from '@supabase/supabase-js';
import { describe, expect, it, vi } from 'vitest';
import {
  forbiddenMessage,
  networkErrorMessage,
  sessionExpiredMessage,
  toUserMessage,
} from './errors';
import {
  callFunction,
  FunctionCallError,
  toFunctionError,
  type FunctionsInvoker,
} from './functions';

function jsonResponse(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

function invokerAnswering(answer: { data: unknown; error: unknown }) {
  const invoke = vi.fn().mockResolvedValue({ ...answer, response: undefined });
  return { functions: { invoke } as unknown as FunctionsInvoker, invoke };
}

describe('callFunction', () => {
  it('returns the JSON answer', async () => {
    const { functions, invoke } = invokerAnswering({ data: { ok: true }, error: null });
    await expect(
      callFunction(functions, 'wati-connection', {
        body: { organizationId: 'o1', action: 'test' },
      }),
    ).resolves.toEqual({ ok: true });
    expect(invoke).toHaveBeenCalledWith('wati-connection', {
      method: 'POST',
      body: { organizationId: 'o1', action: 'test' },
    });
  });

  it('puts the query of a GET in the function’s URL', async () => {
    const { functions, invoke } = invokerAnswering({ data: {}, error: null });
    await callFunction(functions, 'wati-connection', {
      method: 'GET',
      query: { organizationId: 'a b&c' },
    });
    expect(invoke).toHaveBeenCalledWith('wati-connection?organizationId=a+b%26c', {
      method: 'GET',
      body: undefined,
    });
  });

  it('throws the function’s French message, with its status and code', async () => {
    const refusal = new FunctionsHttpError(
      jsonResponse(
        { error: { code: 'wati_auth', message: 'Wati refuse ce jeton : copiez-le à nouveau.' } },
        422,
      ),
    );
    const { functions } = invokerAnswering({ data: null, error: refusal });
    const error: unknown = await callFunction(functions, 'wati-connection').catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(FunctionCallError);
    expect(error).toMatchObject({ status: 422, code: 'wati_auth' });
    expect(toUserMessage(error)).toBe('Wati refuse ce jeton : copiez-le à nouveau.');
  });
});

describe('toFunctionError', () => {
  it('says in French that the server is unreachable', async () => {
    const error = await toFunctionError(new FunctionsFetchError(new TypeError('Failed to fetch')));
    expect(toUserMessage(error)).toBe(networkErrorMessage);
  });

  it('explains an expired session or a refusal without a body', async () => {
    const expired = await toFunctionError(
      new FunctionsHttpError(new Response('', { status: 401 })),
    );
    expect(toUserMessage(expired)).toBe(sessionExpiredMessage);
    const refused = await toFunctionError(
      new FunctionsHttpError(new Response('', { status: 403 })),
    );
    expect(toUserMessage(refused)).toBe(forbiddenMessage);
  });

  it('leaves other failures to the caller’s fallback, never showing English text', async () => {
    const crash = new FunctionsHttpError(new Response('Internal Server Error', { status: 500 }));
    const error = await toFunctionError(crash);
    expect(error).toBe(crash);
    expect(toUserMessage(error, 'Le test n’a pas pu être lancé.')).toBe(
      'Le test n’a pas pu être lancé.',
    );
    const blank = await toFunctionError(
      new FunctionsHttpError(jsonResponse({ error: { code: 'x', message: '  ' } }, 500)),
    );
    expect(toUserMessage(blank, 'Repli')).toBe('Repli');
  });
});
