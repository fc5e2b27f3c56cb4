import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startPreview } from './preview-server.ts';

describe('startPreview', () => {
  it('refuses a port where another server answers, rather than measuring that server', async () => {
    const other = createServer((_req, res) => res.end('another build'));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const { port } = other.address() as AddressInfo;
    try {
      await expect(startPreview('.', 'dist', port)).rejects.toThrow(
        `port ${port} is in use: set BENCH_PORT to a free one`,
      );
    } finally {
      other.close();
    }
  });
});
