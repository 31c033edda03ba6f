/**
 * Browser entry of our self-hosted GraphiQL (bundled by scripts/build-graphiql.mjs; not compiled by tsc's
 * server build). Everything it needs, Monaco workers and fonts included, comes from our own server.
 */
import './setupWorkers';
import { GraphiQL } from 'graphiql';
import type { ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_QUERY } from './defaultQuery';
import 'graphiql/style.css';
import '@graphiql/react/font/roboto.css';
import '@graphiql/react/font/fira-code.css';

/** The GraphQL endpoint this page talks to (same origin). */
const ENDPOINT = '/graphql';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];
type FetchResult = Awaited<ReturnType<Fetcher>>;

const fetcher: Fetcher = async (params, opts): Promise<FetchResult> => {
  const headers: Record<string, string> = {
    accept: 'application/graphql-response+json, application/json',
    'content-type': 'application/json',
  };
  for (const [name, value] of Object.entries(opts?.headers ?? {})) {
    if (value !== undefined && value !== null) headers[name] = String(value);
  }
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers,
    body: JSON.stringify(params),
    credentials: 'same-origin',
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as FetchResult;
  } catch {
    // Not JSON (e.g. a proxy error page): show it as-is rather than failing silently. (GraphiQL types `errors`
    // as GraphQLError instances, but it only displays them as JSON.)
    return { errors: [{ message: `HTTP ${response.status}: ${text}` }] } as unknown as FetchResult;
  }
};

const container = document.getElementById('graphiql');
if (!container) throw new Error('GraphiQL: no #graphiql element in the page');
createRoot(container).render(<GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />);
