// Runs every graphql-http server audit against the URL given as the first argument and prints one
// JSON line per audit: {"id","name","status"} with status ok, warn (a SHOULD or MAY not met) or
// error (a MUST not met). A bearer token in HUB_AUDIT_TOKEN is sent with every request, as an
// agency's client would.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql url>');
  process.exit(2);
}

const token = process.env.HUB_AUDIT_TOKEN;
const fetchFn = (input, init = {}) => {
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  return fetch(input, { ...init, headers });
};

for (const audit of serverAudits({ url, fetchFn })) {
  const result = await audit.fn();
  const line = { id: audit.id, name: audit.name, status: result.status };
  if (result.status !== 'ok') line.reason = result.reason;
  console.log(JSON.stringify(line));
}
