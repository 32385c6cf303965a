// Runs the README's recipes for Apollo Client, urql and graphql-request against the Hub at the URL
// given as the first argument, as an agency's dashboard would, and prints one JSON line per case:
// {"client","case","requests":[{"method","sent","status"}],"data"} or {..., "error": {"message","code"}}.
// `sent` says what a request carried: "hash" (extensions.persistedQuery alone), "query+hash",
// "documentId" or "query". HUB_ADMIN_TOKEN (Hub.Admin of the agency) registers each client's
// documents with registerTrustedDocuments first; HUB_APP_TOKEN (the dashboard's app token) runs them.
import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql as apolloGql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { Client, cacheExchange, fetchExchange, formatDocument, gql as urqlGql, stringifyDocument } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import { GraphQLClient } from 'graphql-request';
import { print } from 'graphql';

const url = process.argv[2];
const adminToken = process.env.HUB_ADMIN_TOKEN;
const appToken = process.env.HUB_APP_TOKEN;
if (!url || !adminToken || !appToken) {
  console.error('usage: HUB_ADMIN_TOKEN=... HUB_APP_TOKEN=... node clients.mjs <graphql url>');
  process.exit(2);
}

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

// A fetch that records what each request carried and how it was answered; the clients send the
// token themselves, as the README shows.
function recordingFetch() {
  const requests = [];
  const fetchFn = async (input, init = {}) => {
    const method = (init.method ?? 'GET').toUpperCase();
    const params = method === 'POST' ? JSON.parse(init.body) : Object.fromEntries(new URL(String(input)).searchParams);
    const extensions = typeof params.extensions === 'string' ? JSON.parse(params.extensions) : params.extensions;
    const hash = extensions?.persistedQuery?.sha256Hash;
    const sent = params.documentId ? 'documentId' : hash && params.query ? 'query+hash' : hash ? 'hash' : 'query';
    const response = await fetch(input, init);
    requests.push({ method, sent, status: response.status });
    return response;
  };
  return { requests, fetchFn };
}

async function registerAll(documents) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({
      query: 'mutation Register($input: RegisterTrustedDocumentsInput!) { registerTrustedDocuments(input: $input) { errors { code message field } } }',
      variables: { input: { documents } },
    }),
  });
  const body = await response.json();
  const errors = body.errors ?? body.data.registerTrustedDocuments.errors;
  if (errors.length > 0) throw new Error(`registration refused: ${JSON.stringify(errors)}`);
}

const report = (client, name, requests, outcome) => console.log(JSON.stringify({ client, case: name, requests, ...outcome }));
const failure = (error) => ({
  error: {
    message: error.message,
    code: error.errors?.[0]?.extensions?.code ?? error.graphQLErrors?.[0]?.extensions?.code ?? error.response?.errors?.[0]?.extensions?.code,
  },
});

// Apollo Client (core, no React) with the persisted query link.
async function apollo() {
  const registered = apolloGql`query ApolloAgencies($country: String) { agencies(country: $country) { code kind } }`;
  const unregistered = apolloGql`query ApolloProjects { projects(first: 2) { nodes { code } } }`;
  // The link hashes the document as Apollo sends it, with __typename added: register that text.
  await registerAll([{ document: print(addTypenameToDocument(registered)), name: 'apollo agencies' }]);

  for (const [name, query, variables] of [['registered', registered, { country: 'NGA' }], ['unregistered', unregistered, {}]]) {
    const { requests, fetchFn } = recordingFetch();
    const client = new ApolloClient({
      link: new PersistedQueryLink({ sha256 }).concat(new HttpLink({ uri: url, headers: { authorization: `Bearer ${appToken}` }, fetch: fetchFn })),
      cache: new InMemoryCache(),
    });
    try {
      const { data } = await client.query({ query, variables, fetchPolicy: 'no-cache' });
      report('apollo', name, requests, { data });
    } catch (error) {
      report('apollo', name, requests, failure(error));
    }
  }
}

// urql with the persisted exchange (after the cache exchange, which adds __typename).
async function urql() {
  const registered = urqlGql`query UrqlAgencies($country: String) { agencies(country: $country) { code status } }`;
  const unregistered = urqlGql`query UrqlProjects { projects(first: 2) { nodes { code title } } }`;
  // The exchange hashes the document as the cache exchange formats it: register that text.
  await registerAll([{ document: stringifyDocument(formatDocument(registered)), name: 'urql agencies' }]);

  for (const [name, query, variables] of [['registered', registered, { country: 'NGA' }], ['unregistered', unregistered, {}]]) {
    const { requests, fetchFn } = recordingFetch();
    const client = new Client({
      url,
      fetch: fetchFn,
      fetchOptions: { headers: { authorization: `Bearer ${appToken}` } },
      exchanges: [cacheExchange, persistedExchange({ preferGetForPersistedQueries: true }), fetchExchange],
    });
    const result = await client.query(query, variables, { requestPolicy: 'network-only' }).toPromise();
    report('urql', name, requests, result.error ? failure(result.error) : { data: result.data });
  }
}

// graphql-request, sending the registered document's identifier instead of its text.
async function graphqlRequest() {
  const registered = 'query RequestProjects($first: Int) { projects(first: $first) { totalCount nodes { code title } } }';
  await registerAll([{ document: registered, name: 'graphql-request projects' }]);

  const { requests, fetchFn } = recordingFetch();
  const client = new GraphQLClient(url, {
    headers: { authorization: `Bearer ${appToken}` },
    fetch: fetchFn,
    requestMiddleware: (request) => {
      const { query, ...rest } = JSON.parse(request.body);
      return { ...request, body: JSON.stringify({ ...rest, documentId: `sha256:${sha256(query)}` }) };
    },
  });
  try {
    report('graphql-request', 'registered', requests, { data: await client.request(registered, { first: 3 }) });
  } catch (error) {
    report('graphql-request', 'registered', requests, failure(error));
  }
}

await apollo();
await urql();
await graphqlRequest();
