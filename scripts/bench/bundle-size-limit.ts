import fs from 'node:fs';
import path from 'node:path';
import { localDir } from '../stack/paths';
import { buildBundle, describeBundle, measureBundle, type JsGroup } from './bundle-sizes';

/**
 * First half of `npm run size`: builds the production bundle and lays out, for size-limit (the
 * `size-limit` checks of package.json), the files of the first load and those of the heaviest route
 * (see bundle-sizes.ts) under stable paths, since the chunks' names carry a hash. If the heaviest
 * route fits its budget, every route does. size-limit then measures them and fails over budget.
 */
const dir = path.join(localDir, 'bundle-size');
const outDir = path.join(dir, 'dist');

await buildBundle(outDir);
const sizes = measureBundle(outDir);
console.log(describeBundle(sizes));

function layOut(name: string, { files }: JsGroup): void {
  const target = path.join(dir, name);
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const { file } of files)
    fs.copyFileSync(path.join(outDir, file), path.join(target, path.basename(file)));
}

layOut('first-load', sizes.firstLoad);
const [largest] = sizes.routes;
if (!largest) throw new Error("Le build n'a aucune route chargée à la demande");
layOut('largest-route', largest);
console.log(`Route la plus lourde, mesurée par size-limit : ${largest.source}`);
