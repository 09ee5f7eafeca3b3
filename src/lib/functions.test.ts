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

  it('throws the function’s refusal, with its status and code, said from its code', async () => {
    const refusal = new FunctionsHttpError(
      jsonResponse({ error: { code: 'wati_auth', message: 'Wati refuse ce jeton.' } }, 422),
    );
    const { functions } = invokerAnswering({ data: null, error: refusal });
    const error: unknown = await callFunction(functions, 'wati-connection').catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(FunctionCallError);
    expect(error).toMatchObject({ status: 422, code: 'wati_auth' });
    expect(toUserMessage(error)).toBe(
      'Wati refuse ce jeton : copiez-le à nouveau depuis la page « API Docs » de Wati.',
    );
  });

  it('says the SQL codes a function passes on, and shows the French of a code it does not know', async () => {
    const refusal = (code: string, message: string, status = 403) =>
      toFunctionError(new FunctionsHttpError(jsonResponse({ error: { code, message } }, status)));
    expect(
      toUserMessage(
        await refusal(
          'wati_requires_admin',
          'Seuls les propriétaires et les administrateurs gèrent l’intégration Wati.',
        ),
      ),
    ).toBe('Seuls les propriétaires et les administrateurs gèrent l’intégration Wati.');
    expect(
      toUserMessage(await refusal('invitation_not_found', "Cette invitation n'existe pas.", 404)),
    ).toBe("Cette invitation n'existe pas.");
    expect(toUserMessage(await refusal('brand_new_code', 'Un refus tout neuf.', 409))).toBe(
      'Un refus tout neuf.',
    );
  });

  it('says a relayed SQL refusal with the values of its details, in the active language', async () => {
    const error = await toFunctionError(
      new FunctionsHttpError(
        jsonResponse(
          {
            error: {
              code: 'message_quota_insufficient',
              message: 'Quota mensuel insuffisant : 1 messages à envoyer, 0 restants ce mois-ci.',
              details: '{"recipients": 1, "remaining": 0}',
            },
          },
          409,
        ),
      ),
    );
    expect(error).toMatchObject({ code: 'message_quota_insufficient' });
    expect(toUserMessage(error)).toBe(
      'Quota mensuel insuffisant : 1 message à envoyer, 0 restant ce mois-ci.',
    );
  });

  it('keeps the precise French of a code whose sentence varies, and never Postgres’s English', async () => {
    const refusal = (code: string, message: string, status: number) =>
      toFunctionError(new FunctionsHttpError(jsonResponse({ error: { code, message } }, status)));
    expect(
      toUserMessage(
        await refusal('wati_rate_limit', 'Wati limite les appels : réessayez dans 12 s.', 429),
      ),
    ).toBe('Wati limite les appels : réessayez dans 12 s.');
    expect(toUserMessage(await refusal('forbidden', 'permission denied for function x', 403))).toBe(
      forbiddenMessage(),
    );
  });
});

describe('toFunctionError', () => {
  it('says in French that the server is unreachable', async () => {
    const error = await toFunctionError(new FunctionsFetchError(new TypeError('Failed to fetch')));
    expect(toUserMessage(error)).toBe(networkErrorMessage());
  });

  it('explains an expired session or a refusal without a body', async () => {
    const expired = await toFunctionError(
      new FunctionsHttpError(new Response('', { status: 401 })),
    );
    expect(toUserMessage(expired)).toBe(sessionExpiredMessage());
    const refused = await toFunctionError(
      new FunctionsHttpError(new Response('', { status: 403 })),
    );
    expect(toUserMessage(refused)).toBe(forbiddenMessage());
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
