/**
 * CLI: `npx tsx test/sandbox/main.ts [--port N] [--today YYYY-MM-DD] [--large-org [N]] [--latency MS]`. Prints the port, the Chromium
 * --host-resolver-rules value and the start page; stops on SIGINT/SIGTERM.
 */
import { DEFAULT_LARGE_ORG_ACCOUNTS } from './salesforce/large-org';
import { hostResolverRules, SANDBOX_HOSTS, startSandbox } from './server';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const portArg = arg('port');
/** `--large-org` alone: 5,000 accounts; `--large-org N`: N. */
const largeOrgArg = process.argv.includes('--large-org') ? Number(arg('large-org')) || DEFAULT_LARGE_ORG_ACCOUNTS : 0;
const latencyArg = arg('latency');
const sandbox = await startSandbox({
  port: portArg ? Number(portArg) : 0,
  ...(arg('today') ? { today: arg('today') } : {}),
  ...(largeOrgArg ? { largeOrg: largeOrgArg } : {}),
  ...(latencyArg ? { salesforceLatencyMs: Number(latencyArg) } : {}),
});
const rules = hostResolverRules(sandbox.port);
console.log(`Sandbox listening on 127.0.0.1:${sandbox.port} (today = ${sandbox.state.today})`);
console.log(`Chromium flags: --ignore-certificate-errors --host-resolver-rules="${rules}"`);
console.log(`Start page: ${sandbox.origin(SANDBOX_HOSTS.start)}/`);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping sandbox`);
  sandbox.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
