import {
  PDFDocument,
  type PDFFont,
  type PDFPage,
  rgb,
  setWordSpacing,
  StandardFonts,
} from 'pdf-lib';

/** What a receipt says: one successful payment, as its organisation's members read it. */
export interface Receipt {
  receiptNumber: string;
  paidAt: Date;
  organization: { name: string; countryCode: string; slug: string; timeZone: string };
  buyer: string | null;
  packId: string;
  credits: number;
  amountXaf: number;
  paymentType: string | null;
  flutterwaveTransactionId: string;
  txRef: string;
}

const NARROW_NO_BREAK_SPACE = '\u202f';
const NO_BREAK_SPACE = '\u00a0';

/**
 * 5000 → « 5 000 FCFA », as the SPA's formatXaf writes it in French: thousands grouped with a
 * narrow no-break space, no decimals (XAF has no minor unit), the symbol after a no-break space.
 */
export function formatXaf(amount: number): string {
  const grouped = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(amount);
  return `${grouped}${NO_BREAK_SPACE}FCFA`;
}

const PAYMENT_TYPES: Record<string, string> = {
  mobilemoneyfranco: 'Mobile Money (MTN, Orange)',
  card: 'Carte bancaire',
};

/**
 * The standard fonts of PDF (no file to ship or embed) encode text in WinAnsi: French accents,
 * « », ’ and the no-break space are in it, the narrow no-break space is not. It is written as an
 * ordinary space narrowed by the word spacing (which applies to that byte only, not to the
 * no-break space), so it looks and copies as a space; any other character outside WinAnsi (a
 * name in another script) loses its accents or becomes « ? » rather than failing the receipt.
 */
function drawText(
  page: PDFPage,
  text: string,
  options: { x: number; y: number; font: PDFFont; size: number; color?: ReturnType<typeof rgb> },
): void {
  const supported = new Set(options.font.getCharacterSet());
  const encodable = (char: string) => supported.has(char.codePointAt(0)!);
  const narrow = text.includes(NARROW_NO_BREAK_SPACE);
  const safe = Array.from(text, (char) => {
    if (char === NARROW_NO_BREAK_SPACE) return ' ';
    if (narrow && char === ' ') return NO_BREAK_SPACE;
    if (encodable(char)) return char;
    const bare = char.normalize('NFD').replace(/\p{M}/gu, '');
    return Array.from(bare).every(encodable) && bare !== '' ? bare : '?';
  }).join('');
  if (!narrow) {
    page.drawText(safe, options);
    return;
  }
  const space = options.font.widthOfTextAtSize(' ', options.size);
  // A sixth of an em, the width fonts give U+202F.
  page.pushOperators(setWordSpacing(options.size / 6 - space));
  page.drawText(safe, options);
  page.pushOperators(setWordSpacing(0));
}

/** « 7 décembre 2026 à 17:05 », in the organisation's time zone. */
function frenchDateTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('fr-FR', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(date);
}

function frenchCountry(code: string): string {
  try {
    return new Intl.DisplayNames(['fr'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const INK = rgb(0.1, 0.12, 0.16);
const MUTED = rgb(0.4, 0.43, 0.48);
const ACCENT = rgb(0.04, 0.45, 0.33);

/** The French receipt of a credit top-up: one A4 page. */
export async function receiptPdf(receipt: Receipt): Promise<Uint8Array<ArrayBuffer>> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Reçu ${receipt.receiptNumber}`);
  pdf.setAuthor('WCAP');
  pdf.setLanguage('fr-FR');
  pdf.setCreationDate(receipt.paidAt);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([595.28, 841.89]);
  const left = 56;
  let y = 780;

  drawText(page, 'WCAP', { x: left, y, font: bold, size: 22, color: ACCENT });
  drawText(page, 'WhatsApp Campaign Automation Platform', {
    x: left,
    y: y - 16,
    font: regular,
    size: 9,
    color: MUTED,
  });
  drawText(page, 'Reçu de paiement', { x: 340, y, font: bold, size: 18, color: INK });
  drawText(page, `N° ${receipt.receiptNumber}`, { x: 340, y: y - 18, font: regular, size: 11 });
  y -= 70;

  const { organization } = receipt;
  drawText(page, 'Client', { x: left, y, font: bold, size: 12, color: INK });
  y -= 18;
  const client = [
    organization.name,
    frenchCountry(organization.countryCode),
    `Identifiant WCAP : ${organization.slug}`,
    ...(receipt.buyer ? [`Acheté par : ${receipt.buyer}`] : []),
  ];
  for (const line of client) {
    drawText(page, line, { x: left, y, font: regular, size: 11, color: INK });
    y -= 15;
  }
  y -= 20;

  drawText(page, 'Détail', { x: left, y, font: bold, size: 12, color: INK });
  y -= 8;
  const rows: [string, string][] = [
    ['Date du paiement', frenchDateTime(receipt.paidAt, organization.timeZone)],
    ['Pack', `Pack de ${receipt.credits} crédits (${receipt.packId})`],
    ['Crédits ajoutés au solde', String(receipt.credits)],
    [
      'Moyen de paiement',
      receipt.paymentType ? (PAYMENT_TYPES[receipt.paymentType] ?? receipt.paymentType) : '—',
    ],
    ['Transaction Flutterwave', receipt.flutterwaveTransactionId],
    ['Référence du paiement', receipt.txRef],
  ];
  for (const [label, value] of rows) {
    y -= 22;
    page.drawLine({
      start: { x: left, y: y + 15 },
      end: { x: 539, y: y + 15 },
      thickness: 0.5,
      color: rgb(0.85, 0.86, 0.88),
    });
    drawText(page, label, { x: left, y, font: regular, size: 11, color: MUTED });
    drawText(page, value, { x: 250, y, font: regular, size: 11, color: INK });
  }
  y -= 36;
  drawText(page, 'Montant payé', { x: left, y, font: bold, size: 13, color: INK });
  drawText(page, formatXaf(receipt.amountXaf), { x: 250, y, font: bold, size: 13, color: INK });
  y -= 40;

  const notes = [
    'Montant en francs CFA (XAF), réglé par l’intermédiaire de Flutterwave.',
    'Les crédits achetés servent à la rédaction assistée par l’IA sur le web et sur WhatsApp.',
  ];
  for (const note of notes) {
    drawText(page, note, { x: left, y, font: regular, size: 9, color: MUTED });
    y -= 13;
  }
  // pdf-lib writes the file into a fresh ArrayBuffer of its own.
  return (await pdf.save()) as Uint8Array<ArrayBuffer>;
}
