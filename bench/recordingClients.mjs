// The recording bench's tutors (bench/recording.ts): 50 clients saving their grids in a loop,
// in a worker thread so that the server's thread spends its time serving, as it would with
// tutors on their own machines. Each client keeps one HTTP/1.1 connection alive, as a browser
// does, and speaks the protocol over a plain socket: the request is written in one piece and
// the response read for its status line, Content-Length and body. A load generator should
// cost little next to what it measures (pgbench's C client barely shows on the CPU); node:http
// on the client side cost about a fifth of the machine. Plain JavaScript, it needs nothing of
// the project.
import net from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';

const { base, cookie, grids, itemIds, seconds } = workerData;
const { hostname, port } = new URL(base);

/** One kept-alive connection: sends a request, resolves with the response's status and body. */
function connection() {
  const socket = net.connect({ host: hostname, port: Number(port), noDelay: true });
  let buffer = Buffer.alloc(0);
  let waiting;
  socket.on('data', (chunk) => {
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    const headEnd = buffer.indexOf('\r\n\r\n');
    if (headEnd === -1 || !waiting) return;
    const head = buffer.toString('latin1', 0, headEnd);
    const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? Number.NaN);
    if (Number.isNaN(length)) {
      waiting.reject(new Error(`a response without Content-Length: ${head}`));
      return;
    }
    if (buffer.length < headEnd + 4 + length) return;
    const body = buffer.toString('utf8', headEnd + 4, headEnd + 4 + length);
    buffer = buffer.subarray(headEnd + 4 + length);
    const resolve = waiting.resolve;
    waiting = undefined;
    resolve({ status: Number(head.slice(9, 12)), body });
  });
  socket.on('error', (error) => waiting?.reject(error));
  socket.on('close', () => waiting?.reject(new Error('connection closed by the server')));
  return {
    send(request) {
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject };
        socket.write(request);
      });
    },
    close: () => socket.end(),
  };
}

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
    const http = connection();
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
      if (response.status === 200) revision = JSON.parse(response.body).revision;
      else failures += 1;
    }
    http.close();
  }),
);
parentPort.postMessage({ latencies, failures });
