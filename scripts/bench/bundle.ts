import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildBundle, describeBundle, kB, measureBundle } from './bundle-sizes';

/**
 * `npm run bench:bundle`: builds the production bundle into a temporary directory and measures its
 * JavaScript in gzip (see bundle-sizes.ts): the first load (the entry chunk and what index.html
 * preloads), the heaviest route (a lazy page and its imports not in the first load), and the total.
 * Prints BENCH_RESULT {json} on stdout; the details go to stderr.
 */
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wcap-bundle-'));
try {
  await buildBundle(outDir);
  const sizes = measureBundle(outDir);
  console.error(describeBundle(sizes));
  const result = {
    firstLoadJsGzipKb: kB(sizes.firstLoad.gzipBytes),
    largestRouteJsGzipKb: kB(sizes.routes[0]?.gzipBytes ?? 0),
    totalJsGzipKb: kB(sizes.total.gzipBytes),
  };
  console.log(`BENCH_RESULT ${JSON.stringify(result)}`);
} finally {
  fs.rmSync(outDir, { recursive: true, force: true });
}
