// @deno-types="@types/nodemailer"
import nodemailer from 'nodemailer';
import { readEnv, requireEnv } from '../env.ts';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

let transport: nodemailer.Transporter | undefined;

/**
 * The project's SMTP server: SMTP_HOST, SMTP_PORT, SMTP_FROM (`WCAP <no-reply@…>`), and
 * SMTP_USER/SMTP_PASS when it asks for a login. The local stack points them at its mail sandbox.
 * Hosted Edge Functions cannot reach ports 25 and 587: use 465 (TLS from the first byte).
 */
function smtpTransport(): nodemailer.Transporter {
  if (!transport) {
    const port = Number(requireEnv('SMTP_PORT'));
    const user = readEnv('SMTP_USER');
    transport = nodemailer.createTransport({
      host: requireEnv('SMTP_HOST'),
      port,
      secure: port === 465,
      ...(user ? { auth: { user, pass: requireEnv('SMTP_PASS') } } : {}),
    });
  }
  return transport;
}

export async function sendEmail(email: OutgoingEmail): Promise<void> {
  await smtpTransport().sendMail({ from: requireEnv('SMTP_FROM'), ...email });
}
