// graphql-codegen's client preset, end to end against the Hub at the URL given as the first
// argument: generates typed documents and persisted-documents.json from schema/hub.graphql and
// dashboard/documents.ts (dashboard/codegen.ts), type-checks dashboard/run.ts against them,
// registers the manifest with registerTrustedDocuments (HUB_ADMIN_TOKEN, Hub.Admin of the agency),
// then runs each document by documentId alone (HUB_APP_TOKEN). Prints one JSON line per step.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createJiti } from 'jiti';
import ts from 'typescript';

const url = process.argv[2];
const adminToken = process.env.HUB_ADMIN_TOKEN;
const appToken = process.env.HUB_APP_TOKEN;
if (!url || !adminToken || !appToken) {
  console.error('usage: HUB_ADMIN_TOKEN=... HUB_APP_TOKEN=... node codegen.mjs <graphql url>');
  process.exit(2);
}
const here = new URL('.', import.meta.url);
const report = (step, outcome) => console.log(JSON.stringify({ step, ...outcome }));

// 1. graphql-codegen --config dashboard/codegen.ts, by its own bin, as a build would run it.
rmSync(new URL('dashboard/gql/', here), { recursive: true, force: true });
execFileSync(new URL('node_modules/.bin/graphql-codegen', here).pathname, [ '--config', 'dashboard/codegen.ts', '--silent'], { cwd: here, stdio: ['ignore', 'ignore', 'inherit'] });
const manifest = JSON.parse(readFileSync(new URL('dashboard/gql/persisted-documents.json', here), 'utf8'));
report('generate', { manifest: Object.keys(manifest) });

// 2. tsc --noEmit -p dashboard: the calls in run.ts agree with the generated types.
const config = ts.getParsedCommandLineOfConfigFile(new URL('dashboard/tsconfig.json', here).pathname, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
const program = ts.createProgram(config.fileNames, config.options);
const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
report('typecheck', { files: config.fileNames.length, diagnostics });

// 3. The manifest, registered whole: every document or none.
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
  body: JSON.stringify({
    query: 'mutation Register($input: RegisterTrustedDocumentsInput!) { registerTrustedDocuments(input: $input) { trustedDocuments { documentId } errors { code message field } } }',
    variables: { input: { documents: Object.entries(manifest).map(([documentId, document]) => ({ documentId, document })) } },
  }),
});
const registered = (await response.json()).data.registerTrustedDocuments;
report('register', { registered: registered.trustedDocuments.map((d) => d.documentId), errors: registered.errors });

// 4. Each document by documentId, through the generated, typed documents.
const { run } = await createJiti(import.meta.url).import('./dashboard/run.ts');
report('run', await run(url, appToken));
