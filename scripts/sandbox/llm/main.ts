import { parseArgs } from 'node:util';
import { DEFAULT_LLM_SANDBOX_TOKEN, llmSandboxEnv, startLlmSandbox } from './sandbox';
import { exitWhenNotStarted, stopOnSignals } from '../standalone';

// Standalone: `node --import tsx scripts/sandbox/llm/main.ts [--port 54343] [--token T]
// [--model gpt-4o-mini] [--latency-ms 800] [--failure-rate 0.2]`. The default token keeps the API
// key the same from one run to the next, so the variables printed below stay valid.
const DEFAULT_PORT = 54343;

const { values } = parseArgs({
  options: {
    host: { type: 'string' },
    port: { type: 'string' },
    token: { type: 'string' },
    model: { type: 'string' },
    'latency-ms': { type: 'string' },
    'failure-rate': { type: 'string' },
  },
});

function numberOption(name: string, value: string | undefined, max: number): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed) || parsed < 0 || parsed > max) {
    console.error(`--${name} attend un nombre entre 0 et ${max}, pas « ${value} ».`);
    process.exit(1);
  }
  return parsed;
}

const port = numberOption('port', values.port, 65_535) ?? DEFAULT_PORT;
if (!Number.isInteger(port)) {
  console.error(`--port attend un numéro de port, pas « ${values.port} ».`);
  process.exit(1);
}

const sandbox = await startLlmSandbox({
  host: values.host,
  port,
  token: values.token ?? DEFAULT_LLM_SANDBOX_TOKEN,
  model: values.model,
  behaviour: {
    latencyMs: numberOption('latency-ms', values['latency-ms'], 600_000),
    failureRate: numberOption('failure-rate', values['failure-rate'], 1),
  },
}).catch(
  exitWhenNotStarted(
    'Le port du bac à sable LLM est déjà utilisé ; choisissez-en un autre avec --port.',
    "Le bac à sable LLM n'a pas démarré",
  ),
);

const { url, apiKey, token, model } = sandbox;
console.log(`LLM_SANDBOX_READY ${JSON.stringify({ url, apiKey, token, model })}`);
console.log(`Bac à sable LLM prêt sur ${url} (modèle ${model}). Ctrl-C pour arrêter.`);
console.log('Variables des fonctions (supabase/functions/.env) :');
for (const [name, value] of Object.entries(llmSandboxEnv(sandbox))) {
  console.log(`  ${name}=${value}`);
}

stopOnSignals(sandbox);
