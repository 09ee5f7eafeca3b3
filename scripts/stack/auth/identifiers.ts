import { AuthError } from './errors';
import type { AuthSettings } from './settings';

const E164_DIGITS = /^[1-9][0-9]{1,14}$/;

// The format checked by GoTrue's mail validation (badoux/checkmail).
const EMAIL_FORMAT =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** GoTrue stores phone numbers as E.164 digits: one leading `+` and every space are dropped. */
export function formatPhoneNumber(phone: string): string {
  return phone.replace(/^\+/, '').replaceAll(' ', '');
}

/** A phone number as stored in `auth.users.phone`, or a 400 `validation_failed`. */
export function validatePhone(phone: string): string {
  const formatted = formatPhoneNumber(phone);
  if (!E164_DIGITS.test(formatted)) {
    throw new AuthError(400, 'validation_failed', 'Invalid phone number format (E.164 required)');
  }
  return formatted;
}

/** An email address as stored in `auth.users.email` (lowercase), or a 400 `validation_failed`. */
export function validateEmail(email: string): string {
  if (email === '') {
    throw new AuthError(400, 'validation_failed', 'An email address is required');
  }
  if (email.length > 255) {
    throw new AuthError(400, 'validation_failed', 'An email address is too long');
  }
  if (!EMAIL_FORMAT.test(email)) {
    throw new AuthError(
      400,
      'validation_failed',
      'Unable to validate email address: invalid format',
    );
  }
  return email.toLowerCase();
}

/** GoTrue accepts any channel once the Send SMS hook is on; otherwise only "sms" here. */
export function assertValidChannel(channel: string, settings: AuthSettings): void {
  if (!settings.hooks.sendSms && channel !== 'sms') {
    throw new AuthError(
      400,
      'validation_failed',
      "Invalid channel, supported values are 'sms' or 'whatsapp'. 'whatsapp' is only supported if Twilio or Twilio Verify is used as the provider.",
    );
  }
}
