import { describe, expect, it } from 'vitest';
import {
  WatiAuthError,
  WatiQuotaError,
  WatiRateLimitError,
  WatiServerError,
  WatiUnknownError,
  WatiUnknownOutcomeError,
  WatiValidationError,
} from '../_shared/wati/errors.ts';
import {
  refusalReason,
  reportFromAnswer,
  reportFromError,
  sendRequest,
  type ClaimedBatch,
} from './batch.ts';

const batch: ClaimedBatch = {
  campaignId: 'c1',
  templateName: 'bienvenue',
  batchName: 'Rappel · 20261121T102149.659Z',
  sendAt: '2026-11-21T10:21:49.659Z',
  recipients: [
    {
      id: 'r1',
      localMessageId: 'l1',
      phone: '+237650000001',
      parameters: [{ name: 'name', value: 'Awa' }],
    },
    {
      id: 'r2',
      localMessageId: 'l2',
      phone: '+237650000002',
      parameters: [{ name: 'name', value: 'Paul' }],
    },
    { id: 'r3', localMessageId: 'l3', phone: '+237650000003', parameters: [] },
  ],
};
const init = { operation: 'sendTemplateMessages', status: 500, detail: 'x' };

describe('a claimed batch as one Wati call', () => {
  it('sends every recipient with its local id, digits-only number and parameters', () => {
    expect(sendRequest(batch)).toEqual({
      template_name: 'bienvenue',
      broadcast_name: batch.batchName,
      recipients: [
        {
          phone_number: '237650000001',
          local_message_id: 'l1',
          custom_params: [{ name: 'name', value: 'Awa' }],
        },
        {
          phone_number: '237650000002',
          local_message_id: 'l2',
          custom_params: [{ name: 'name', value: 'Paul' }],
        },
        { phone_number: '237650000003', local_message_id: 'l3', custom_params: [] },
      ],
    });
  });

  it('reads an answer recipient by recipient: accepted, refused, or missing (unknown)', () => {
    const report = reportFromAnswer(batch, {
      success: true,
      broadcast_id: 'b1',
      error: null,
      recipients: [
        { local_message_id: 'l1', phone_number: '237650000001', errors: [] },
        {
          local_message_id: 'l2',
          phone_number: '237650000002',
          errors: ['Invalid phone number format.'],
        },
      ],
    });
    expect(report).toEqual({
      campaignId: 'c1',
      batchName: batch.batchName,
      broadcastId: 'b1',
      results: [
        { id: 'r1', outcome: 'accepted' },
        {
          id: 'r2',
          outcome: 'rejected',
          code: null,
          reason: 'Numéro WhatsApp invalide selon Wati.',
        },
        { id: 'r3', outcome: 'unknown' },
      ],
    });
  });

  it('explains other refusals in French, quoting Wati', () => {
    expect(refusalReason(['Template paused'])).toBe('Refusé par Wati : Template paused');
  });
});

describe('a failed call', () => {
  const outcomes = (error: unknown) => [
    ...new Set(reportFromError(batch, error).results.map((result) => result.outcome)),
  ];

  it('never resends what Wati may have accepted: timeouts, 5xx after the request, anything unexpected', () => {
    expect(outcomes(new WatiUnknownOutcomeError(init))).toEqual(['unknown']);
    expect(outcomes(new WatiUnknownError({ ...init, status: 200 }))).toEqual(['unknown']);
    expect(outcomes(new TypeError('boom'))).toEqual(['unknown']);
  });

  it('backs the organisation off after a 429, for Retry-After or 10 s', () => {
    const limited = reportFromError(
      batch,
      new WatiRateLimitError({ ...init, status: 429, retryAfterMs: 2500 }),
    );
    expect(limited).toMatchObject({ backoffSeconds: 2.5 });
    expect(limited.results.every((result) => result.outcome === 'requeue')).toBe(true);
    expect(
      reportFromError(batch, new WatiRateLimitError({ ...init, status: 429, retryAfterMs: null })),
    ).toMatchObject({ backoffSeconds: 10 });
    expect(reportFromError(batch, new WatiServerError({ ...init, status: 503 }))).toMatchObject({
      backoffSeconds: 5,
    });
  });

  it('pauses the campaign with a French reason when retrying would fail the same way', () => {
    for (const error of [
      new WatiAuthError({ ...init, status: 401 }),
      new WatiQuotaError({ ...init, status: 429 }),
      new WatiValidationError({ ...init, status: 400, detail: 'Template not approved' }),
    ]) {
      const report = reportFromError(batch, error);
      expect(report.halt).toMatch(/reprenez la campagne/);
      expect(outcomes(error)).toEqual(['requeue']);
    }
  });
});
