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
import { describeStartFailure, MAX_ATTEMPTS } from './outcomes.ts';

const init = (detail: string, status: number | null) => ({
  operation: 'startChatbot',
  status,
  detail,
});

describe('describeStartFailure', () => {
  it('puts the contact back, uncounted, for as long as Wati asks to wait', () => {
    expect(
      describeStartFailure(new WatiRateLimitError({ ...init('', 429), retryAfterMs: 4200 }), 0),
    ).toEqual({ kind: 'retry', counted: false, afterSeconds: 5, blockSeconds: 5, stop: true });
    expect(
      describeStartFailure(new WatiRateLimitError({ ...init('', 429), retryAfterMs: null }), 2),
    ).toMatchObject({ kind: 'retry', afterSeconds: 10, blockSeconds: 10 });
  });

  it('fails every run of the organisation on an account-wide refusal', () => {
    expect(describeStartFailure(new WatiAuthError(init('', 401)), 0)).toEqual({
      kind: 'run_failed',
      failure: 'wati_auth',
      scope: 'organization',
      blockSeconds: 600,
    });
    const plan = 'This feature is not available on your plan. Upgrade to the Pro plan.';
    expect(describeStartFailure(new WatiQuotaError(init(plan, 403)), 0)).toMatchObject({
      failure: 'wati_plan_required',
      scope: 'organization',
    });
    expect(
      describeStartFailure(new WatiQuotaError(init('API usage limit reached', 429)), 0),
    ).toMatchObject({ failure: 'wati_quota', scope: 'organization', blockSeconds: 3600 });
  });

  it('fails the run alone when Wati no longer has its chatbot', () => {
    expect(
      describeStartFailure(
        new WatiValidationError(init("Chatbot '66c5a0e1f1b2c3d4e5f6ffff' was not found.", 400)),
        0,
      ),
    ).toEqual({
      kind: 'run_failed',
      failure: 'wati_chatbot_not_found',
      scope: 'run',
      blockSeconds: null,
    });
  });

  it('tries a number Wati does not know yet again, then gives it up', () => {
    const unknown = new WatiValidationError(init('Contact not found.', 404));
    expect(describeStartFailure(unknown, 0)).toEqual({
      kind: 'retry',
      counted: true,
      afterSeconds: 30,
      blockSeconds: null,
      stop: false,
    });
    expect(describeStartFailure(unknown, MAX_ATTEMPTS - 1)).toEqual({
      kind: 'failed',
      failure: 'wati_contact_unknown',
      stop: false,
    });
    expect(describeStartFailure(new WatiValidationError(init('Invalid target', 400)), 0)).toEqual({
      kind: 'failed',
      failure: 'wati_refused',
      stop: false,
    });
  });

  it('stops the sweep when Wati is down, and tries a few times', () => {
    const down = new WatiServerError(init('Service unavailable', 503));
    expect(describeStartFailure(down, 0)).toMatchObject({
      kind: 'retry',
      counted: true,
      stop: true,
    });
    expect(describeStartFailure(down, MAX_ATTEMPTS - 1)).toEqual({
      kind: 'failed',
      failure: 'wati_unavailable',
      stop: true,
    });
    expect(describeStartFailure(new WatiUnknownError(init('teapot', 418)), 0)).toEqual({
      kind: 'failed',
      failure: 'wati_unavailable',
      stop: true,
    });
  });

  it('never tries again what may have started the chatbot', () => {
    for (const error of [
      new WatiUnknownOutcomeError(init('timed out; Wati may have processed the request', null)),
      new WatiUnknownOutcomeError(init('Bad gateway', 502)),
      new Error('connection reset'),
    ]) {
      expect(describeStartFailure(error, 0)).toEqual({
        kind: 'failed',
        failure: 'wati_outcome_unknown',
        stop: true,
      });
    }
  });
});
