/** GoTrue's error codes that this service answers with (`apierrors/errorcode.go`). */
export type ErrorCode =
  | 'unknown'
  | 'unexpected_failure'
  | 'validation_failed'
  | 'bad_json'
  | 'email_exists'
  | 'phone_exists'
  | 'bad_jwt'
  | 'not_admin'
  | 'no_authorization'
  | 'user_not_found'
  | 'session_not_found'
  | 'refresh_token_not_found'
  | 'refresh_token_already_used'
  | 'signup_disabled'
  | 'user_banned'
  | 'email_provider_disabled'
  | 'phone_provider_disabled'
  | 'anonymous_provider_disabled'
  | 'email_not_confirmed'
  | 'phone_not_confirmed'
  | 'user_already_exists'
  | 'same_password'
  | 'weak_password'
  | 'invalid_credentials'
  | 'feature_disabled'
  | 'sms_send_failed'
  | 'request_entity_too_large'
  | 'over_request_rate_limit'
  | 'over_email_send_rate_limit'
  | 'otp_expired'
  | 'otp_disabled'
  | 'over_sms_send_rate_limit'
  | 'hook_timeout'
  | 'hook_timeout_after_retry'
  | 'hook_payload_over_size_limit'
  | 'hook_payload_invalid_content_type'
  | 'manual_linking_disabled'
  | 'single_identity_not_deletable'
  | 'identity_not_found'
  | 'email_conflict_identity_not_deletable'
  | 'unexpected_audience'
  | 'flow_state_not_found'
  | 'flow_state_expired'
  | 'bad_code_verifier'
  | 'not_found'
  | 'method_not_allowed';

/** An error GoTrue would report with an HTTP status and an error code. */
export class AuthError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    /** `weak_password.reasons`, sent next to the code so clients can explain the rule. */
    readonly weakPasswordReasons?: string[],
  ) {
    super(message);
    this.name = 'AuthError';
  }
}

/**
 * The error a hook answered with (`{"error": {"http_code", "message"}}`): GoTrue has no error code
 * of its own for it, so the body says `unknown` (or `unexpected_failure` for a 500) and no
 * `x-sb-error-code` header is sent.
 */
export class HookError extends AuthError {
  constructor(status: number, message: string) {
    super(status, status === 500 ? 'unexpected_failure' : 'unknown', message);
    this.name = 'HookError';
  }
}

/** The OAuth-style `{error, error_description}` answer GoTrue gives on a few token paths. */
export class OAuthError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
  ) {
    super(description);
    this.name = 'OAuthError';
  }
}

export const API_VERSION_HEADER = 'x-supabase-api-version';
const API_VERSION_2024 = '2024-01-01';

/**
 * The API version a request asks for, as GoTrue resolves it: the newest known version not later
 * than the requested date, or none (the legacy behaviour) for a missing or malformed value.
 */
export function requestedApiVersion(header: string | undefined): typeof API_VERSION_2024 | null {
  if (!header || !/^\d{4}-\d{2}-\d{2}$/.test(header) || Number.isNaN(Date.parse(header))) {
    return null;
  }
  return header >= API_VERSION_2024 ? API_VERSION_2024 : null;
}

export interface ErrorReply {
  status: number;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

export const UNEXPECTED_FAILURE = new AuthError(
  500,
  'unexpected_failure',
  'Unexpected failure, please check server logs for more information',
);

/** Serialises an error the way GoTrue does for the API version the request carries. */
export function shapeError(error: AuthError | OAuthError, apiVersionHeader?: string): ErrorReply {
  if (error instanceof OAuthError) {
    return {
      status: 400,
      headers: {},
      body: { error: error.error, error_description: error.description },
    };
  }
  const version = requestedApiVersion(apiVersionHeader);
  const headers: Record<string, string> =
    error instanceof HookError ? {} : { 'x-sb-error-code': error.code };
  const weakPassword = error.weakPasswordReasons
    ? { weak_password: { reasons: error.weakPasswordReasons } }
    : {};
  if (version) {
    headers[API_VERSION_HEADER] = version;
    return {
      status: error.status,
      headers,
      body: { code: error.code, message: error.message, ...weakPassword },
    };
  }
  return {
    status: error.status,
    headers,
    body: { code: error.status, error_code: error.code, msg: error.message, ...weakPassword },
  };
}
