import { transformAsync } from '@babel/core';
import linguiMacroBabelPlugin from '@lingui/babel-plugin-lingui-macro';
import type { Plugin } from 'vite';

const macroImport = /from\s+['"]@lingui\/(core|react)\/macro['"]/;

/**
 * Lingui's macros (`t`, `msg`, `plural`, `<Trans>`…) become catalogue lookups at build time.
 * Vite 8's React plugin no longer runs Babel, and Lingui's own SWC/Babel integrations expect it
 * to: this runs Babel with Lingui's macro plugin, only on the modules that import a macro, leaving
 * TypeScript and JSX for the rest of the pipeline.
 */
export function linguiMacro(): Plugin {
  return {
    name: 'wcap:lingui-macro',
    enforce: 'pre',
    async transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!/\.[cm]?[jt]sx?$/.test(file) || file.includes('/node_modules/')) return null;
      if (!macroImport.test(code)) return null;
      const result = await transformAsync(code, {
        filename: file,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: [linguiMacroBabelPlugin],
      });
      if (!result?.code) return null;
      return { code: result.code, map: result.map };
    },
  };
}
