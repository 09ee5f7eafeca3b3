import { escapeHtml } from '../../../supabase/functions/_shared/email/escape.ts';
import type { Network, Payment } from './payments';

// The hosted checkout a person reaches from `data.link`: French, no script, one form whose
// buttons stand for the person approving or refusing the mobile-money prompt on their phone.
// Names, titles and references come from the caller: escaped wherever they go.

/** WCAP writes amounts so (src/lib/format.ts): French grouping, no decimals, then FCFA. */
const francs = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
export function formatFcfa(amount: number): string {
  return `${francs.format(amount)}\u00a0FCFA`;
}

/** Cameroon's mobile networks by prefix (Orange: 655–659, 69x; MTN: the rest of 6xx). */
export function networkOf(phone: string): Network {
  return /^(237)?(69\d|65[5-9])/.test(phone) ? 'ORANGE' : 'MTN';
}

const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f3f4f6; color: #1f2937; }
  main { max-width: 30rem; margin: 2rem auto; background: #fff; padding: 1.5rem; border-radius: .75rem; box-shadow: 0 1px 3px #0002; }
  h1 { font-size: 1.3rem; margin: 0 0 1rem; } .amount { font-size: 1.8rem; font-weight: 700; margin: .25rem 0 1rem; }
  .sandbox { background: #fef3c7; color: #78350f; padding: .5rem .75rem; border-radius: .5rem; font-size: .9rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; } dt { font-weight: 600; } dd { margin: 0; overflow-wrap: anywhere; }
  fieldset { border: 1px solid #d1d5db; border-radius: .5rem; margin: 0 0 1rem; padding: .5rem 1rem 1rem; }
  legend { font-weight: 600; padding: 0 .25rem; } label { display: block; margin: .35rem 0; }
  input[type=tel] { font: inherit; padding: .4rem .5rem; width: 100%; box-sizing: border-box; border: 1px solid #6b7280; border-radius: .375rem; }
  .actions { display: flex; flex-wrap: wrap; gap: .5rem; }
  button { font: inherit; padding: .6rem 1rem; border-radius: .5rem; border: 1px solid #6b7280; background: #fff; cursor: pointer; }
  button.approve { background: #f5a623; border-color: #b45309; color: #111827; font-weight: 700; }
  button:focus-visible, input:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
  .error { color: #991b1b; background: #fee2e2; padding: .5rem .75rem; border-radius: .5rem; }
  .notice { background: #e0f2fe; padding: .5rem .75rem; border-radius: .5rem; } .hint { color: #4b5563; font-size: .9rem; }`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>
<p class="sandbox">Bac à sable Flutterwave : aucun argent réel ne circule.</p>
${body}
</main></body>
</html>`;
}

function summary(payment: Payment, merchantName: string): string {
  const { title, description, logo } = payment.customizations;
  const object = [title, description].filter((part) => part !== null).join(' — ');
  return `${logo ? `<p><img src="${escapeHtml(logo)}" alt="" height="48"></p>` : ''}
<h1>Payer ${escapeHtml(merchantName)}</h1>
<p>Montant à payer</p>
<p class="amount">${escapeHtml(formatFcfa(payment.amount))}</p>
<dl>
  <dt>Marchand</dt><dd>${escapeHtml(merchantName)}</dd>
  ${object ? `<dt>Objet</dt><dd>${escapeHtml(object)}</dd>` : ''}
  <dt>Client</dt><dd>${escapeHtml(payment.customer.email)}</dd>
  <dt>Référence</dt><dd>${escapeHtml(payment.txRef)}</dd>
</dl>`;
}

export interface CheckoutForm {
  method: 'mobilemoney' | 'card';
  network: Network;
  phone: string;
  /** Said above the form, in an alert, next to the field it concerns. */
  error?: string;
}

/** The form: the methods `payment_options` allows, and the person's three answers. */
export function checkoutPage(payment: Payment, merchantName: string, form: CheckoutForm): string {
  const mobile = payment.methods.includes('mobilemoneyfranco');
  const card = payment.methods.includes('card');
  const method = mobile && card ? form.method : mobile ? 'mobilemoney' : 'card';
  const checked = (on: boolean) => (on ? ' checked' : '');
  const latest = payment.transactions.at(-1);
  const notice =
    latest?.status === 'pending'
      ? `<p class="notice" role="status">Une demande de paiement a été envoyée au ${escapeHtml(latest.phone ?? '')}. Approuvez-la ou refusez-la comme sur le téléphone.</p>`
      : latest?.status === 'failed'
        ? '<p class="notice" role="status">La tentative précédente a échoué : vous pouvez réessayer.</p>'
        : '';
  const error = form.error
    ? `<p class="error" role="alert" id="phone-error">${escapeHtml(form.error)}</p>`
    : '';
  const mobileFields = mobile
    ? `<fieldset>
  <legend>Opérateur</legend>
  <label><input type="radio" name="network" value="MTN"${checked(form.network === 'MTN')}> MTN</label>
  <label><input type="radio" name="network" value="ORANGE"${checked(form.network === 'ORANGE')}> Orange</label>
  <label for="phone">Numéro de téléphone</label>
  <input id="phone" name="phone" type="tel" inputmode="tel" autocomplete="tel" value="${escapeHtml(form.phone)}"${form.error ? ' aria-invalid="true" aria-describedby="phone-error"' : ''}>
</fieldset>`
    : '';
  const cardNote = card
    ? '<p class="hint">Carte : la carte de test Mastercard 5531 88•• •••• 2950, sans saisie.</p>'
    : '';
  return page(
    `Paiement de ${formatFcfa(payment.amount)} — ${merchantName}`,
    `${summary(payment, merchantName)}
${notice}
${error}
<form method="post">
<fieldset>
  <legend>Moyen de paiement</legend>
  ${mobile ? `<label><input type="radio" name="method" value="mobilemoney"${checked(method === 'mobilemoney')}> Mobile Money</label>` : ''}
  ${card ? `<label><input type="radio" name="method" value="card"${checked(method === 'card')}> Carte</label>` : ''}
</fieldset>
${mobileFields}
${cardNote}
<p class="hint">« Approuver le paiement » fait comme si la personne validait la demande sur son téléphone (ou sa carte était acceptée) ; « Refuser », comme si elle la rejetait.</p>
<div class="actions">
  <button type="submit" name="decision" value="approve" class="approve">Approuver le paiement</button>
  <button type="submit" name="decision" value="refuse">Refuser</button>
  <button type="submit" name="decision" value="cancel">Annuler et revenir au marchand</button>
</div>
</form>`,
  );
}

/** A paid or expired link opened again: what happened, and the way back to the merchant. */
export function closedPage(
  payment: Payment,
  merchantName: string,
  reason: 'paid' | 'expired',
  backUrl: string,
): string {
  const text =
    reason === 'paid'
      ? `<p role="status">Ce paiement a déjà été effectué.</p>`
      : `<p role="alert">Cette session de paiement a expiré : recommencez depuis le site du marchand.</p>`;
  return page(
    reason === 'paid' ? 'Paiement déjà effectué' : 'Session de paiement expirée',
    `${summary(payment, merchantName)}
${text}
<p><a href="${escapeHtml(backUrl)}">Revenir au marchand</a></p>`,
  );
}

export function notFoundPage(): string {
  return page(
    'Lien de paiement introuvable',
    '<h1>Lien de paiement introuvable</h1><p>Ce lien n’existe pas, ou le bac à sable a été redémarré depuis qu’il a été créé.</p>',
  );
}
