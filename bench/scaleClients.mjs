// The scale bench's clients (bench/scale.ts): CLIENTS kept-alive connections in a worker
// thread, each asking in turn for the pages of its scenario (each client starting at its own
// place in the list) until the time is up, on kept-alive connections (keptAliveConnection.mjs).
import { parentPort, workerData } from 'node:worker_threads';
import { connection } from './keptAliveConnection.mjs';

const { base, clients, seconds, requests, spreadAddresses } = workerData;
const { hostname, port } = new URL(base);

// A visitor's address in 10.0.0.0/8, different on every request of a public scenario.
let visitor = 0;
const address = () => {
  visitor += 1;
  return `10.${(visitor >> 16) & 255}.${(visitor >> 8) & 255}.${visitor & 255}`;
};

function get({ path, cookie }) {
  return (
    `GET ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\n` +
    (cookie ? `Cookie: ${cookie}\r\n` : '') +
    (spreadAddresses ? `X-Forwarded-For: ${address()}\r\n` : '') +
    '\r\n'
  );
}

const latencies = [];
const statuses = {};
let failures = 0;
let bytes = 0;
const end = performance.now() + seconds * 1000;
await Promise.all(
  Array.from({ length: clients }, async (_, client) => {
    const http = connection(base);
    let n = Math.floor((client * requests.length) / clients);
    while (performance.now() < end) {
      const request = get(requests[n % requests.length]);
      n += 1;
      const started = performance.now();
      const { status, length } = await http.send(request);
      latencies.push(performance.now() - started);
      bytes += length;
      if (status !== 200) {
        failures += 1;
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }
    http.close();
  }),
);
parentPort.postMessage({ latencies, failures, statuses, bytes });
