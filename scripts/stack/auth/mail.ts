import fs from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { projectRoot } from '../paths';
import { StackError } from '../stack-error';
import { compileTemplate, TemplateError, type TemplateData } from './go-template';
import type { EmailTemplateSettings } from './settings';

/** Where mail goes: `[auth.email.smtp]`, else the stack's mail sandbox (GOTRUE_SMTP_*). */
export interface SmtpTarget {
  host: string;
  port: number;
  user?: string;
  pass?: string;
  adminEmail: string;
  senderName: string;
}

/** GoTrue's own recovery mail, for a project whose config.toml names no template. */
const DEFAULT_RECOVERY = {
  subject: 'Reset your password',
  body: `<h2>Reset your password</h2>

<p>We received a request to reset your password. Follow the link below to choose a new one.</p>
<p><a href="{{ .ConfirmationURL }}">Reset password</a></p>
<p>If you didn't request this, you can safely ignore this email.</p>`,
};

export interface Mailer {
  /** Renders the recovery template with GoTrue's data and sends it; nothing without SMTP. */
  sendRecovery(to: string, data: TemplateData): Promise<void>;
}

function readTemplate(template: EmailTemplateSettings, root: string): string {
  if (!template.contentPath) return DEFAULT_RECOVERY.body;
  const file = path.resolve(root, template.contentPath);
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new StackError(
      `[auth.email.template.recovery] content_path est illisible (${file} : ${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      'corrigez le chemin dans supabase/config.toml (il part de la racine du projet)',
    );
  }
}

/** Subject and body, both Go templates as in GoTrue; read again for each mail, as the CLI reloads them. */
function renderRecovery(
  template: EmailTemplateSettings,
  root: string,
  data: TemplateData,
): { subject: string; html: string } {
  return {
    subject: compileTemplate(template.subject ?? DEFAULT_RECOVERY.subject)(data),
    html: compileTemplate(readTemplate(template, root))(data),
  };
}

/**
 * The Auth service's mail: GoTrue's templates sent over SMTP as GoTrue sends them (HTML body,
 * From: "sender name" <admin email>). The recovery template is checked at once so that a broken
 * one stops the stack at start, not at the first forgotten password.
 */
export function createMailer(
  smtp: SmtpTarget | undefined,
  recovery: EmailTemplateSettings,
  root: string = projectRoot,
): Mailer {
  try {
    compileTemplate(recovery.subject ?? DEFAULT_RECOVERY.subject);
    compileTemplate(readTemplate(recovery, root));
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    throw new StackError(
      `le modèle d'e-mail de réinitialisation ne se lit pas (${error.message})`,
      'corrigez [auth.email.template.recovery] ou son fichier',
    );
  }
  // Without SMTP, GoTrue's mailer is a no-op: the request still succeeds.
  if (!smtp) return { sendRecovery: async () => undefined };
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.port === 465,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.pass ?? '' } } : {}),
  });
  return {
    async sendRecovery(to, data) {
      const { subject, html } = renderRecovery(recovery, root, data);
      await transport.sendMail({
        from: { name: smtp.senderName, address: smtp.adminEmail },
        to,
        subject,
        html,
      });
    },
  };
}
