import { escapeHtml } from '../../../supabase/functions/_shared/email/escape.ts';
import type { MailMessage } from './mailbox';

// Everything a message carries is written by whoever sent it: it is escaped wherever it goes.

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'medium' });

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

const STYLE = `
  body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1f2937; }
  h1 { font-size: 1.4rem; } a { color: #047857; }
  table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #e5e7eb; vertical-align: top; }
  th { font-weight: 600; background: #f9fafb; } .muted { color: #6b7280; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; } dt { font-weight: 600; }
  iframe { width: 100%; height: 32rem; border: 1px solid #e5e7eb; } pre { white-space: pre-wrap; background: #f9fafb; padding: 1rem; }`;

function page(title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${head}<style>${STYLE}</style></head>
<body>${body}</body>
</html>`;
}

/** The inbox: newest first, refreshed every few seconds so a mail shows up without a click. */
export function inboxPage(messages: MailMessage[]): string {
  const rows = messages
    .map(
      (message) => `<tr>
  <td>${escapeHtml(formatDate(message.date))}</td>
  <td>${escapeHtml(message.from)}</td>
  <td>${escapeHtml(message.to.join(', '))}</td>
  <td><a href="/messages/${encodeURIComponent(message.id)}">${escapeHtml(message.subject || '(sans objet)')}</a></td>
</tr>`,
    )
    .join('\n');
  const content =
    messages.length === 0
      ? '<p class="muted">Aucun message pour l’instant : les e-mails envoyés par la pile locale arrivent ici.</p>'
      : `<table><thead><tr><th>Date</th><th>De</th><th>À</th><th>Objet</th></tr></thead><tbody>${rows}</tbody></table>`;
  return page(
    'Boîte mail de test — WCAP',
    `<h1>Boîte mail de test</h1>
<p class="muted">Aucun de ces messages n’a quitté cette machine. ${messages.length} message(s) ; la page se met à jour toute seule.</p>
${content}`,
    '<meta http-equiv="refresh" content="5">',
  );
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"]+/g;

/** The text part with its addresses made clickable (a recovery link is what one comes for). */
function linkedText(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    html += escapeHtml(text.slice(last, match.index));
    html += `<a href="${escapeHtml(match[0])}" target="_blank" rel="noreferrer">${escapeHtml(match[0])}</a>`;
    last = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}

/**
 * One message. Its HTML runs in a sandboxed frame (no script, no access to this page), where links
 * open in a new tab.
 */
export function messagePage(message: MailMessage): string {
  const htmlPart = message.html
    ? `<h2>Version HTML</h2>
<iframe sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="${escapeHtml(`<base target="_blank">${message.html}`)}"></iframe>`
    : '';
  const textPart = message.text
    ? `<h2>Version texte</h2><pre>${linkedText(message.text)}</pre>`
    : '';
  return page(
    `${message.subject || '(sans objet)'} — Boîte mail de test`,
    `<p><a href="/">← Tous les messages</a></p>
<h1>${escapeHtml(message.subject || '(sans objet)')}</h1>
<dl>
  <dt>De</dt><dd>${escapeHtml(message.from)}</dd>
  <dt>À</dt><dd>${escapeHtml(message.to.join(', '))}</dd>
  <dt>Date</dt><dd>${escapeHtml(formatDate(message.date))}</dd>
</dl>
${htmlPart}
${textPart}`,
  );
}

export function notFoundPage(): string {
  return page(
    'Message introuvable — Boîte mail de test',
    '<p><a href="/">← Tous les messages</a></p><h1>Message introuvable</h1><p>Il a peut-être été effacé : la boîte ne garde que les derniers messages.</p>',
  );
}
