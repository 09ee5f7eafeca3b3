import crypto from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { HookError } from './errors';
import {
  contentTypeError,
  hookBodyError,
  parseMediaType,
  statusOutcome,
  webhookSignature,
} from './http-hooks';

const key = Buffer.alloc(32, 9);
const secret = `v1,whsec_${key.toString('base64')}`;
const other = `v1,whsec_${Buffer.alloc(24, 3).toString('base64')}`;

describe('webhookSignature', () => {
  it('signs "id.timestamp.body" with HMAC-SHA256 of the decoded key, as the spec says', () => {
    const at = new Date('2026-03-01T10:00:00.900Z');
    const body = '{"sms":{"otp":"0123456789","phone":"237699000001"}}';
    const expected = crypto
      .createHmac('sha256', key)
      .update(`msg_1.1772359200.${body}`)
      .digest('base64');
    expect(webhookSignature([secret], 'msg_1', at, body)).toBe(`v1,${expected}`);
  });

  it('signs once per secret, joined by ", " as GoTrue joins them', () => {
    const at = new Date();
    const header = webhookSignature([secret, other], 'msg_2', at, '{}');
    const parts = header.split(', ');
    expect(parts).toEqual([
      webhookSignature([secret], 'msg_2', at, '{}'),
      webhookSignature([other], 'msg_2', at, '{}'),
    ]);
    // What the receiving function runs, with the secret it is given minus "v1,".
    const headers = {
      'webhook-id': 'msg_2',
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': parts[0]!,
    };
    expect(new Webhook(secret.slice(3)).verify('{}', headers)).toEqual({});
  });
});

describe('parseMediaType', () => {
  it("reads what Go's mime.ParseMediaType reads", () => {
    expect(parseMediaType('application/json')).toEqual({ mediaType: 'application/json' });
    expect(parseMediaType(' Application/JSON ; charset="utf-8"')).toEqual({
      mediaType: 'application/json',
    });
    expect(parseMediaType('application/json;')).toEqual({ mediaType: 'application/json' });
    expect(parseMediaType('text')).toEqual({ mediaType: 'text' });
  });

  it("fails with Go's messages", () => {
    expect(parseMediaType('')).toEqual({ error: 'mime: no media type' });
    expect(parseMediaType('application json')).toEqual({
      error: 'mime: expected slash after first token',
    });
    expect(parseMediaType('application/')).toEqual({ error: 'mime: expected token after slash' });
    expect(parseMediaType('application/json x')).toEqual({
      error: 'mime: unexpected content after media subtype',
    });
    expect(parseMediaType('application/json; charset')).toEqual({
      error: 'mime: invalid media parameter',
    });
    expect(parseMediaType('application/json; a=1; A=2')).toEqual({
      error: 'mime: duplicate parameter name',
    });
  });
});

describe("Auth's reading of a hook's answer", () => {
  it('wants a JSON content type on 200 and 202', () => {
    expect(contentTypeError('application/json; charset=utf-8')).toBeUndefined();
    expect(contentTypeError(null)).toMatchObject({
      status: 400,
      code: 'hook_payload_invalid_content_type',
      message: 'Invalid Content-Type: Missing Content-Type header',
    });
    expect(contentTypeError('text/plain;charset=UTF-8')).toMatchObject({
      status: 400,
      code: 'hook_payload_invalid_content_type',
      message: 'Invalid JSON response. Received content-type: text/plain;charset=UTF-8',
    });
    expect(contentTypeError('application/')).toMatchObject({
      message: 'Invalid Content-Type header: mime: expected token after slash',
    });
  });

  it('accepts a JSON object (or null) without an error message', () => {
    for (const body of ['{}', 'null', '{"ok":true}', '{"error":{"http_code":429}}']) {
      expect(hookBodyError(body), body).toBeUndefined();
    }
    // Go's decoder gives up on a field of another type: nothing is read as an error.
    for (const body of ['{"error":"refused"}', '{"error":{"http_code":"429","message":"x"}}']) {
      expect(hookBodyError(body), body).toBeUndefined();
    }
  });

  it('fails with 500 "Error unmarshaling JSON output." on an empty or non-object body', () => {
    for (const body of ['', '[object Object]', '[]', '"ok"', '42']) {
      expect(hookBodyError(body), body).toMatchObject({
        status: 500,
        code: 'unexpected_failure',
        message: 'Error unmarshaling JSON output.',
      });
    }
  });

  it("fails with the hook's own status and message, 500 without a status", () => {
    const refusal = hookBodyError(
      '{"error":{"http_code":429,"message":"Patientez avant de redemander un code."}}',
    );
    expect(refusal).toBeInstanceOf(HookError);
    expect(refusal).toMatchObject({
      status: 429,
      code: 'unknown',
      message: 'Patientez avant de redemander un code.',
    });
    expect(hookBodyError('{"Error":{"Message":"Numéro refusé"}}')).toMatchObject({
      status: 500,
      code: 'unexpected_failure',
      message: 'Numéro refusé',
    });
  });

  it('retries 429 and 503 only with Retry-After, and turns other statuses into 500s', () => {
    expect(statusOutcome(429, '1')).toBe('retry');
    expect(statusOutcome(503, '10')).toBe('retry');
    expect(statusOutcome(503, null)).toMatchObject({
      status: 500,
      message: 'Service currently unavailable due to hook',
    });
    expect(statusOutcome(400, null)).toMatchObject({
      status: 500,
      message: 'Invalid payload sent to hook',
    });
    expect(statusOutcome(401, null)).toMatchObject({
      status: 500,
      message: 'Hook requires authorization token',
    });
    expect(statusOutcome(418, null)).toMatchObject({
      status: 500,
      code: 'unexpected_failure',
      message: 'Unexpected status code returned from hook: 418',
    });
  });
});
