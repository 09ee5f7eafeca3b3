import { callFunction } from '../../lib/functions';
import { supabase } from '../../lib/supabase';
import type { WatiCredentialsValues } from './wati-credentials-form';

// Everything here goes through the `wati-connection` Edge Function: the token is encrypted there
// and never comes back, only its last characters.

export type WatiConnectionStatus = {
  mode: 'sandbox' | 'live';
  endpoint: string | null;
  /** « ••••••••abcd », or null without saved credentials. */
  maskedToken: string | null;
  verifiedAt: string | null;
  lastCheckError: string | null;
  /** The address to paste into Wati › Webhooks; it carries the organisation's secret. */
  webhookUrl: string;
};

export type ConnectionTestResult = {
  ok: boolean;
  source: 'live' | 'sandbox';
  /** The function's own French sentence. */
  message: string;
  /** How many templates Wati lists, when the function says: the page then words it itself. */
  templateCount?: number;
};

const functionName = 'wati-connection';

export function fetchWatiConnection(organizationId: string): Promise<WatiConnectionStatus> {
  return callFunction(supabase.functions, functionName, {
    method: 'GET',
    query: { organizationId },
  });
}

/** Checked against Wati first; real credentials switch the organisation to live mode. */
export function saveWatiCredentials(
  organizationId: string,
  { endpoint, token }: WatiCredentialsValues,
): Promise<WatiConnectionStatus> {
  return callFunction(supabase.functions, functionName, {
    method: 'PUT',
    body: { organizationId, endpoint, token },
  });
}

/** Deletes the credentials: the organisation goes back to sandbox mode. */
export function removeWatiCredentials(organizationId: string): Promise<WatiConnectionStatus> {
  return callFunction(supabase.functions, functionName, {
    method: 'DELETE',
    body: { organizationId },
  });
}

export function testWatiConnection(organizationId: string): Promise<ConnectionTestResult> {
  return callFunction(supabase.functions, functionName, {
    body: { organizationId, action: 'test' },
  });
}

/** A new secret, hence a new webhook URL: the previous one stops working at once. */
export function rotateWebhookSecret(organizationId: string): Promise<WatiConnectionStatus> {
  return callFunction(supabase.functions, functionName, {
    body: { organizationId, action: 'rotate-webhook-secret' },
  });
}
