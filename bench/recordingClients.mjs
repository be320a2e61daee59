// The recording bench's tutors (bench/recording.ts): 50 clients saving their grids in a loop,
// in a worker thread so that the server's thread spends its time serving, as it would with
// tutors on their own machines. node:http with kept-alive connections, as a browser keeps
// them; plain JavaScript, it needs nothing of the project.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { base, cookie, grids, itemIds, seconds } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: grids.length });

function put(id, body) {
  return new Promise((resolve, reject) => {
    const request = http.request(`${base}/api/evaluations/${id}`, {
      method: 'PUT',
      agent,
      headers: {
        cookie,
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      },
    });
    request.on('error', reject);
    request.on('response', (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode, body: Buffer.concat(chunks).toString() }),
      );
    });
    request.end(body);
  });
}

const latencies = [];
let failures = 0;
const end = performance.now() + seconds * 1000;
await Promise.all(
  grids.map(async (id, client) => {
    let revision = 1;
    let n = 0;
    while (performance.now() < end) {
      n += 1;
      const items = itemIds.map((item, k) => ({
        item,
        percentage: [0, 30, 50, 70, 100][(k + n + client) % 5],
      }));
      const started = performance.now();
      const response = await put(id, JSON.stringify({ items, revision }));
      latencies.push(performance.now() - started);
      if (response.status === 200) revision = JSON.parse(response.body).revision;
      else failures += 1;
    }
  }),
);
agent.destroy();
parentPort.postMessage({ latencies, failures });
