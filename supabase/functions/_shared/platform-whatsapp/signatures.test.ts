import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  metaSignature,
  twilioSignature,
  verifyMetaSignature,
  verifyTwilioSignature,
} from './signatures.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('Meta X-Hub-Signature-256', () => {
  it('is sha256= and the hex HMAC-SHA256 of the body (RFC 4231, test case 2)', async () => {
    expect(await metaSignature(bytes('what do ya want for nothing?'), 'Jefe')).toBe(
      'sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  // Meta signs its own serialisation: escaped unicode and slashes, which JSON.stringify would
  // write differently.
  const body = bytes(
    '{"object":"whatsapp_business_account","entry":[{"changes":[{"value":' +
      '{"messages":[{"text":{"body":"Connexion \\u00e9t\\u00e9 \\/ \u00e7a"}}]}}]}]}',
  );
  const secret = 'app-secret-5f1c';
  const signed = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

  it('accepts the body as received, signed with the app secret', async () => {
    expect(await verifyMetaSignature(body, signed, secret)).toBe(true);
    const upperHex = `sha256=${signed.slice('sha256='.length).toUpperCase()}`;
    expect(await verifyMetaSignature(body, ` ${upperHex} `, secret)).toBe(true);
  });

  it('refuses one changed byte, another secret, a missing or malformed header', async () => {
    const changed = body.slice();
    const at = changed.length - 3;
    changed[at] = changed[at]! ^ 0x01;
    expect(await verifyMetaSignature(changed, signed, secret)).toBe(false);
    expect(await verifyMetaSignature(body, signed, 'another-secret')).toBe(false);
    expect(await verifyMetaSignature(body, null, secret)).toBe(false);
    expect(await verifyMetaSignature(body, '', secret)).toBe(false);
    expect(await verifyMetaSignature(body, signed.slice('sha256='.length), secret)).toBe(false);
    expect(await verifyMetaSignature(body, signed.slice(0, -1), secret)).toBe(false);
    expect(await verifyMetaSignature(body, signed, '')).toBe(false);
  });
});

describe('Twilio X-Twilio-Signature', () => {
  const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
  const params = {
    CallSid: 'CA1234567890ABCDE',
    Caller: '+12349013030',
    Digits: '1234',
    From: '+12349013030',
    To: '+18005551212',
  };

  it("reproduces Twilio's documented example", async () => {
    expect(await twilioSignature('12345', url, params)).toBe('0/KCTR6DLpKmkAf8muzZqo1nDgQ=');
    expect(await twilioSignature('12345', url, new URLSearchParams(params))).toBe(
      '0/KCTR6DLpKmkAf8muzZqo1nDgQ=',
    );
  });

  it('reads the decoded form values, sorted by name, repeated names by value', async () => {
    const form = new URLSearchParams(
      'To=whatsapp%3A%2B237699000000&Body=Bonjour+%C3%A0+vous&MediaUrl0=b&From=whatsapp%3A%2B237671234567&Tag=z&Tag=a&Tag=z',
    );
    const data =
      url +
      'Body' +
      'Bonjour à vous' +
      'From' +
      'whatsapp:+237671234567' +
      'MediaUrl0' +
      'b' +
      'Tag' +
      'a' +
      'Tag' +
      'z' +
      'To' +
      'whatsapp:+237699000000';
    const expected = createHmac('sha1', 'token').update(data, 'utf8').digest('base64');
    expect(await twilioSignature('token', url, form)).toBe(expected);
    expect(await verifyTwilioSignature('token', expected, url, form)).toBe(true);
  });

  it('refuses another URL, a changed value, another token, a missing header', async () => {
    const signature = await twilioSignature('12345', url, params);
    expect(await verifyTwilioSignature('12345', signature, url, params)).toBe(true);
    expect(
      await verifyTwilioSignature(
        '12345',
        signature,
        'https://mycompany.com/other.php?foo=1&bar=2',
        params,
      ),
    ).toBe(false);
    expect(
      await verifyTwilioSignature('12345', signature, url, { ...params, Digits: '1235' }),
    ).toBe(false);
    expect(await verifyTwilioSignature('54321', signature, url, params)).toBe(false);
    expect(await verifyTwilioSignature('12345', null, url, params)).toBe(false);
    expect(await verifyTwilioSignature('12345', signature, url, { ...params, Extra: '' })).toBe(
      false,
    );
  });
});
