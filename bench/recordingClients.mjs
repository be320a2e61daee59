// The recording bench's tutors (bench/recording.ts): 50 clients saving their grids in a loop,
// in a worker thread so that the server's thread spends its time serving, as it would with
// tutors on their own machines. Each client keeps one HTTP/1.1 connection alive, as a browser
// does (keptAliveConnection.mjs).
import { parentPort, workerData } from 'node:worker_threads';
import { connection } from './keptAliveConnection.mjs';

const { base, cookie, grids, itemIds, seconds } = workerData;
const { hostname, port } = new URL(base);

function put(id, body) {
  return (
    `PUT /api/evaluations/${id} HTTP/1.1\r\nHost: ${hostname}:${port}\r\n` +
    `Cookie: ${cookie}\r\nContent-Type: application/json\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
  );
}

const percentages = [0, 30, 50, 70, 100];
const latencies = [];
let failures = 0;
const end = performance.now() + seconds * 1000;
await Promise.all(
  grids.map(async (id, client) => {
    const http = connection(base);
    // A client's grid cycles through five fillings: their JSON is written once, only the
    // revision changes from one save to the next.
    const fillings = percentages.map((_, n) =>
      JSON.stringify(
        itemIds.map((item, k) => ({ item, percentage: percentages[(k + n + client) % 5] })),
      ),
    );
    let revision = 1;
    let n = 0;
    while (performance.now() < end) {
      n += 1;
      const body = `{"items":${fillings[n % 5]},"revision":${revision}}`;
      const started = performance.now();
      const response = await http.send(put(id, body));
      latencies.push(performance.now() - started);
      if (response.status === 200) revision = JSON.parse(response.body.toString('utf8')).revision;
      else failures += 1;
    }
    http.close();
  }),
);
parentPort.postMessage({ latencies, failures });
