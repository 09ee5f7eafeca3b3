import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isSupportedCountry } from 'libphonenumber-js/max';
import { columnTargetLabel } from '../src/domain/contacts/import/column-mapping';
import { french, quotaReachedText } from '../src/domain/contacts/import/messages';
import type {
  ImportProgress,
  ImportSummary,
  RowProblem,
} from '../src/domain/contacts/import/types';
import { DEFAULT_IMPORT_WORKERS, importContactFile } from './contacts/import-file';
import { projectEnv } from './stack/env-file';
import { StackError } from './stack/stack-error';
import { serviceClientFromEnv } from './service-client';

/**
 * `npm run contacts:import -- --org <uuid> [--country CM] [--update] [--tag T]… <file>`: imports a
 * CSV or .xlsx contact file into an organisation with the same pipeline as the SPA wizard, against
 * the local stack or a hosted project (SUPABASE_URL, SUPABASE_SERVICE_ROLE_KEY). Progress goes to
 * stderr; the last line of stdout is the JSON summary.
 */

const USAGE =
  'Usage : npm run contacts:import -- --org <uuid> [--country CM] [--update] [--tag étiquette]… <fichier.csv|.xlsx>';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A failure the person can fix, with the exit code it ends the command with. */
class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

const usageError = (message: string) => new CommandError(`${message}\n${USAGE}`, 2);
// The command speaks French, the source language (the SPA's formatters need its catalogue).
const numbers = new Intl.NumberFormat('fr-CM', { maximumFractionDigits: 0 });
const formatNumber = (value: number) => numbers.format(value);
const say = (line: string) => process.stderr.write(`${line}\n`);

interface Arguments {
  organizationId: string;
  country: string | null;
  updateExisting: boolean;
  tags: string[];
  file: string;
}

function readArguments(argv: string[]): Arguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        org: { type: 'string' },
        country: { type: 'string' },
        update: { type: 'boolean', default: false },
        tag: { type: 'string', multiple: true, default: [] },
      },
    });
  } catch (error) {
    const option = /'(--?[^']+)'/.exec(error instanceof Error ? error.message : '')?.[1];
    throw usageError(
      option ? `Option inconnue ou incomplète : ${option}` : 'Arguments illisibles.',
    );
  }
  const { values, positionals } = parsed;
  if (!values.org) throw usageError('Indiquez l’organisation : --org <uuid>.');
  if (!UUID.test(values.org)) {
    throw usageError(`« ${values.org} » n’est pas un identifiant d’organisation (uuid attendu).`);
  }
  if (positionals.length === 0) throw usageError('Indiquez le fichier à importer.');
  if (positionals.length > 1) {
    throw usageError(`Un seul fichier à la fois (reçu : ${positionals.join(', ')}).`);
  }
  const country = values.country?.trim().toUpperCase() ?? null;
  if (country !== null && !isSupportedCountry(country)) {
    throw usageError(
      `Pays inconnu : « ${values.country} » (code ISO à deux lettres, par exemple CM, GA, CG).`,
    );
  }
  const tags = values.tag.map((tag) => tag.trim()).filter(Boolean);
  // npm runs scripts from the project root: a relative path is the caller's.
  const base = process.env.INIT_CWD ?? process.cwd();
  return {
    organizationId: values.org.toLowerCase(),
    country,
    updateExisting: values.update,
    tags,
    file: path.resolve(base, positionals[0]!),
  };
}

/** The role a legacy JWT key carries; new secret keys (sb_secret_…) are not JWTs. */
function keyRole(key: string): string | null {
  if (key.startsWith('sb_secret_')) return 'service_role';
  if (key.startsWith('sb_publishable_')) return 'anon';
  try {
    const payload = JSON.parse(Buffer.from(key.split('.')[1] ?? '', 'base64url').toString('utf8'));
    return typeof payload.role === 'string' ? payload.role : null;
  } catch {
    return null;
  }
}

function serviceClient() {
  const env = projectEnv();
  const client = serviceClientFromEnv(env);
  const role = keyRole(env.SUPABASE_SERVICE_ROLE_KEY ?? '');
  if (role !== null && role !== 'service_role') {
    throw new CommandError(
      `La clé SUPABASE_SERVICE_ROLE_KEY est une clé « ${role} » : il faut la clé service_role du projet.`,
    );
  }
  return { client, url: env.SUPABASE_URL! };
}

async function readFile(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CommandError(`Fichier introuvable : ${file}`);
    if (code === 'EISDIR') throw new CommandError(`${file} est un dossier, pas un fichier.`);
    throw new CommandError(`Impossible de lire ${file} (${code ?? 'erreur inconnue'}).`);
  }
}

function progressLine(prepared: number, rows: number, upload: ImportProgress): string {
  const percent = (done: number, total: number) =>
    total === 0 ? 100 : Math.floor((done / total) * 100);
  return `  vérifiées : ${formatNumber(prepared)} / ${formatNumber(rows)} (${percent(prepared, rows)} %) · enregistrées : ${formatNumber(upload.done)}`;
}

/** Progress on stderr: one line rewritten in a terminal, a line per step of 10 % otherwise. */
function progressReporter(rows: number) {
  let lastTenth = -1;
  let lastWrite = 0;
  return (prepared: number, upload: ImportProgress) => {
    const line = progressLine(prepared, rows, upload);
    if (process.stderr.isTTY) {
      if (Date.now() - lastWrite < 100) return;
      lastWrite = Date.now();
      process.stderr.write(`\r${line}\x1b[K`);
      return;
    }
    const tenth = Math.floor((upload.done / Math.max(rows, 1)) * 10);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      say(line);
    }
  };
}

function explain(summary: ImportSummary, warnings: RowProblem[], seconds: number): void {
  if (process.stderr.isTTY) process.stderr.write('\n');
  say(
    `Terminé en ${seconds.toFixed(1).replace('.', ',')} s : ${formatNumber(summary.imported)} importé(s), ${formatNumber(summary.updated)} mis à jour, ${formatNumber(summary.unchanged)} déjà présent(s) et inchangé(s), ${formatNumber(summary.duplicates)} doublon(s) dans le fichier, ${formatNumber(summary.invalid)} invalide(s).`,
  );
  const emails = warnings.filter((warning) => warning.refusal?.code === 'invalid_email').length;
  const cut = warnings.length - emails;
  if (emails > 0) say(`${formatNumber(emails)} e-mail(s) invalide(s) laissé(s) de côté.`);
  if (cut > 0) say(`${formatNumber(cut)} nom(s) ou étiquette(s) coupé(s) à la longueur permise.`);
  if (summary.quotaReached) say(quotaReachedText(summary.imported, summary.overQuota, french));
}

async function main(): Promise<void> {
  const args = readArguments(process.argv.slice(2));
  const bytes = await readFile(args.file);
  const { client, url } = serviceClient();

  const { data: organization, error } = await client
    .from('organizations')
    .select('id, name, default_phone_country')
    .eq('id', args.organizationId)
    .maybeSingle();
  if (error) {
    if (/invalid api key|jw[st]/i.test(error.message) || error.code === 'PGRST301') {
      throw new CommandError(
        `Clé SUPABASE_SERVICE_ROLE_KEY refusée par ${url} : vérifiez-la (la pile locale l’affiche dans WCAP_STACK_READY).`,
      );
    }
    if (!error.code && /fetch failed|ECONNREFUSED|ENOTFOUND/i.test(error.message)) {
      throw new CommandError(
        `Serveur injoignable à ${url} : la pile ou le projet est-il démarré ?`,
      );
    }
    throw new CommandError(`Lecture de l’organisation impossible : ${error.message}`);
  }
  if (!organization) throw new CommandError(`Organisation introuvable : ${args.organizationId}`);

  const country = args.country ?? organization.default_phone_country;
  say(`Import dans « ${organization.name} » (numéros lus comme ${country} par défaut)`);
  const started = performance.now();
  let report: ReturnType<typeof progressReporter> = () => {};
  const result = await importContactFile(
    client,
    bytes,
    path.basename(args.file),
    {
      organizationId: organization.id,
      defaultCountry: country,
      updateExisting: args.updateExisting,
      addTags: args.tags,
      workers: DEFAULT_IMPORT_WORKERS,
    },
    {
      onRead: (table, mapping) => {
        const encoding = table.delimiter
          ? `${table.encoding}, séparateur « ${table.delimiter === '\t' ? 'tabulation' : table.delimiter} »`
          : table.encoding;
        say(`Fichier : ${encoding}, ${formatNumber(table.rows.length)} ligne(s)`);
        say(
          `Colonnes : ${table.headers
            .map((header, index) => `${header} → ${columnTargetLabel(mapping[index]!, french)}`)
            .join(' ; ')}`,
        );
        report = progressReporter(table.rows.length);
      },
      onProgress: (prepared, upload) => report(prepared, upload),
    },
  );
  const { summary } = result;
  explain(summary, result.warnings, (performance.now() - started) / 1000);
  process.stdout.write(
    `${JSON.stringify({
      imported: summary.imported,
      updated: summary.updated,
      duplicates: summary.duplicates,
      invalid: summary.invalid,
      errors: summary.errors.map(({ line, value, reason }) => ({ line, value, reason })),
    })}\n`,
  );
}

try {
  await main();
} catch (error) {
  if (process.stderr.isTTY) process.stderr.write('\n');
  if (error instanceof CommandError) {
    say(`Erreur : ${error.message}`);
    process.exitCode = error.exitCode;
  } else if (error instanceof StackError) {
    say(error.toLine());
    process.exitCode = 1;
  } else {
    // Import errors (unreadable file, refused chunk…) already read as French sentences.
    say(`Erreur : ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
