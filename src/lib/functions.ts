import {
  FunctionsFetchError,
  FunctionsHttpError,
  type SupabaseClient,
} from '@supabase/supabase-js';
import {
  forbiddenMessage,
  networkErrorMessage,
  sessionExpiredMessage,
  UserFacingError,
} from './errors';

/** What calling an Edge Function needs: `supabase.functions`, or a stand-in in tests. */
export type FunctionsInvoker = Pick<SupabaseClient['functions'], 'invoke'>;

/**
 * An Edge Function's refusal, `{ error: { code, message } }` with its message written in French
 * for people. toUserMessage says it in the active language from its code (one of
 * supabase/functions/_shared/server-error-codes.ts), or shows the French message as is for a code
 * it does not know; the code also lets a screen react to one case.
 */
export class FunctionCallError extends UserFacingError {
  readonly status: number;
  readonly code: string;
  /** The values the sentence quotes, as a JSON text, when the function gave them. */
  readonly details: string | undefined;

  constructor(message: string, status: number, code: string, details?: string) {
    super(message);
    this.name = 'FunctionCallError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

type CallOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Sent as JSON (not with GET). */
  body?: Record<string, unknown>;
  /** Added to the function's URL, for GET requests. */
  query?: Record<string, string>;
};

function errorBody(
  value: unknown,
): { code: string; message: string; details?: string } | undefined {
  if (typeof value !== 'object' || value === null || !('error' in value)) return undefined;
  const detail = value.error;
  if (typeof detail !== 'object' || detail === null) return undefined;
  const message = 'message' in detail && typeof detail.message === 'string' ? detail.message : '';
  const code = 'code' in detail && typeof detail.code === 'string' ? detail.code : 'error';
  const details =
    'details' in detail && typeof detail.details === 'string' ? detail.details : undefined;
  return message.trim() ? { code, message: message.trim(), details } : undefined;
}

/**
 * The error to throw for a failed call: the function's refusal with its code and French message
 * when it wrote one, a sentence of the interface for a network failure, an expired session or a
 * refusal without a body, else the original error (the caller's fallback message then applies).
 */
export async function toFunctionError(error: unknown): Promise<unknown> {
  if (error instanceof FunctionsHttpError) {
    const response: unknown = error.context;
    const status = response instanceof Response ? response.status : 0;
    if (response instanceof Response) {
      const body: unknown = await response
        .clone()
        .json()
        .catch(() => undefined);
      const detail = errorBody(body);
      if (detail) return new FunctionCallError(detail.message, status, detail.code, detail.details);
    }
    if (status === 401) return new UserFacingError(sessionExpiredMessage());
    if (status === 403) return new UserFacingError(forbiddenMessage());
    return error;
  }
  if (error instanceof FunctionsFetchError) return new UserFacingError(networkErrorMessage());
  return error;
}

/** Calls an Edge Function of WCAP and returns its JSON answer, or throws an error for people. */
export async function callFunction<T>(
  functions: FunctionsInvoker,
  name: string,
  { method = 'POST', body, query }: CallOptions = {},
): Promise<T> {
  const search = query ? `?${new URLSearchParams(query).toString()}` : '';
  const { data, error } = await functions.invoke<T>(`${name}${search}`, { method, body });
  if (error) throw await toFunctionError(error);
  return data as T;
}
