import { parseArgs } from 'node:util';
import { stopOnSignals } from './signals';
import { describeFailure } from './stack-error';
import { startStack, type RunningStack } from './stack';

const { values } = parseArgs({
  options: {
    ephemeral: { type: 'boolean', default: false },
    seed: { type: 'boolean', default: false },
    // Keep data in another directory than .local/ (free ports are used then).
    'data-dir': { type: 'string' },
  },
});

let stack: RunningStack;
try {
  stack = await startStack({
    ephemeral: values.ephemeral,
    seed: values.seed,
    dataDir: values['data-dir'],
  });
} catch (error) {
  if (process.env.WCAP_STACK_DEBUG) console.error(error);
  console.error(describeFailure(error));
  process.exit(1);
}
stopOnSignals(stack);
const { info } = stack;
console.log(`WCAP_STACK_READY ${JSON.stringify(info)}`);
console.log(
  `Pile locale prête en ${(info.startupMs / 1000).toFixed(1).replace('.', ',')} s — API ${info.apiUrl}, journaux dans ${info.logDir}. Ctrl-C pour arrêter.`,
);
