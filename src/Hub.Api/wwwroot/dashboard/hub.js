// Talking to the Hub: a token for a persona, a GraphQL query, a CSV export. Nothing here is
// specific to charts; a dashboard of your own needs the same three calls.

/** An app-only token for a demo agency and roles, from the Development token issuer. */
export async function signIn(persona) {
  const response = await fetch('/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ agency: persona.agency, roles: persona.roles, app: true }),
  });
  const answer = await response.json();
  if (!response.ok) {
    throw new Error(answer.error ?? `No token (HTTP ${response.status}).`);
  }
  return answer.token;
}

/** Runs a query; answers { data, errors } as the Hub sent them, whatever the HTTP status. */
export async function query(token, document, variables) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query: document, variables }),
  });
  let body;
  try {
    body = await response.json();
  } catch {
    body = { errors: [{ message: `The Hub answered HTTP ${response.status} without a GraphQL response.` }] };
  }
  return { data: body.data ?? null, errors: body.errors ?? [] };
}

/** The export URL of a statistic: the same numbers as CSV with an HXL hashtag row. */
export function exportUrl(name, groupBy) {
  const parameters = new URLSearchParams();
  if (groupBy.length > 0) parameters.set('groupBy', groupBy.join(','));
  const search = parameters.toString();
  return `/export/${name}.csv${search ? `?${search.replaceAll('%2C', ',')}` : ''}`;
}

/** Fetches an export with the bearer token and saves it as a file. Throws the Hub's error message. */
export async function download(token, url, fileName) {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    const error = body?.errors?.[0];
    throw new Error(error ? `${error.message} (${error.extensions?.code ?? response.status})` : `HTTP ${response.status}`);
  }
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** A link that opens a document in the playground, signed in as the same agency's app with the same roles. */
export function playgroundUrl(document, persona) {
  const parameters = new URLSearchParams({ query: document, agency: persona.agency, roles: persona.roles.join(','), app: 'true' });
  return `/playground#${parameters}`;
}
