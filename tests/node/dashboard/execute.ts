import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

export type Response<TResult> = {
  data?: TResult | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};

/** Runs a document generated with persistedDocuments by its identifier alone: its text never leaves. */
export async function execute<TResult, TVariables>(
  url: string,
  token: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<Response<TResult>> {
  const documentId = (document as unknown as { __meta__: { hash: string } }).__meta__.hash;
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ documentId, variables }),
  });
  return (await response.json()) as Response<TResult>;
}
