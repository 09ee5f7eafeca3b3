import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../stack/paths';
import { untranslated } from './po-entries';

/**
 * `npm run i18n:check`, run in CI: the catalogues hold exactly the messages the code uses (Lingui's
 * extractor finds nothing to add or remove) and English translates every one of them. A message
 * written in the code without going through `npm run i18n:extract`, or left untranslated, fails.
 */
const catalogues = ['fr', 'en'].map((locale) =>
  path.join(projectRoot, 'src', 'locales', locale, 'messages.po'),
);
// Lingui rewrites this header line at each extraction; it says nothing about the messages.
const withoutDate = (text: string) => text.replace(/^"POT-Creation-Date: .*\n/m, '');
const read = (file: string) =>
  fs.existsSync(file) ? withoutDate(fs.readFileSync(file, 'utf8')) : '';

const before = catalogues.map(read);
execFileSync('npx', ['lingui', 'extract', '--clean'], { cwd: projectRoot, stdio: 'ignore' });
const stale = catalogues.filter((file, index) => read(file) !== before[index]);

const missing = untranslated(fs.readFileSync(catalogues[1]!, 'utf8'));

if (stale.length > 0)
  console.error(
    `Catalogues pas à jour (${stale.map((file) => path.relative(projectRoot, file)).join(', ')}) : ` +
      'des messages du code y manquent ou n’y servent plus. Lancez « npm run i18n:extract », ' +
      'traduisez les nouveaux messages en anglais et commitez les catalogues.',
  );
if (missing.length > 0)
  console.error(
    `Messages sans traduction anglaise (${missing.length}) dans src/locales/en/messages.po :\n` +
      missing.map((id) => `  - ${id}`).join('\n'),
  );
if (stale.length > 0 || missing.length > 0) process.exit(1);
console.log('Catalogues à jour ; anglais complet.');
