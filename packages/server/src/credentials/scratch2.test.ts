import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { it } from 'vitest';
import { verifyCredential } from './verifyCredential.ts';

const dir = path.resolve(
  import.meta.dirname,
  '../../../../../shared/fixtures/credentials/ob30-validator',
);
it('scratch fixtures', async () => {
  const files = [
    ...readdirSync(dir).filter((f) => f.endsWith('.json')),
    'bit-string-list/credential-status-revoked.json',
    'bit-string-list/credential-status-revoked-blank-nodes.json',
    'sd/derivedcredential.json',
  ];
  for (const f of files) {
    const r = await verifyCredential(readFileSync(path.join(dir, f), 'utf8'), {
      now: new Date('2025-06-01T00:00:00Z'),
      status: {
        load: async (url) =>
          url.endsWith('/testlist')
            ? readFileSync(path.join(dir, 'bit-string-list/testlist'), 'utf8')
            : undefined,
      },
    });
    console.log(
      `${f}: valid=${r.valid}\n  failed: ${r.checks
        .filter((c) => !c.ok)
        .map(
          (c) =>
            `${c.code}${c.reason ? `(${c.reason})` : ''}${c.problems ? `[${c.problems.map((p) => `${p.code}@${p.path}`).join(' ')}]` : ''} ${c.message.en.slice(0, 160)}`,
        )
        .join('\n          ')}\n  warnings: ${r.warnings.map((w) => w.code).join(',')}`,
    );
  }
}, 60000);
