/**
 * Load on a GraphQL server over HTTP with autocannon: `concurrency` connections, each sending the next request
 * as soon as the last one answered (closed loop), for a fixed duration. Latencies are taken from autocannon's
 * response events rather than from its histogram, which keeps whole milliseconds only. Errors: transport errors,
 * timeouts, non-2xx answers and 2xx answers whose body carries GraphQL `errors`.
 */
import autocannon from 'autocannon';
import type { GraphqlRequest } from './analystQueries';
import { measurement, type CellMeasurement } from './latency';

export function runHttpLoad(
  url: string,
  request: GraphqlRequest,
  concurrency: number,
  durationMs: number,
): Promise<CellMeasurement> {
  const latencies: number[] = [];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
        connections: concurrency,
        pipelining: 1,
        duration: durationMs / 1000,
        // autocannon checks for the end of the run once a sample interval (1 s by default): a shorter cell would
        // otherwise run for a whole second.
        sampleInt: Math.min(1000, durationMs),
        timeout: 30,
        // A cheap substring test, the same for both servers.
        verifyBody: (body) => !String(body).includes('"errors"'),
      },
      (error: unknown, result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        const failed = result.errors + result.timeouts + result.non2xx + result.mismatches;
        resolve(measurement(latencies, failed, performance.now() - started));
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTimeMs);
    });
  });
}
