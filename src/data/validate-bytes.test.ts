import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textsFromBytes } from './validate-bytes';

/** A copy of the bytes in an ArrayBuffer of their own, as a transfer delivers them. */
const buffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

describe('textsFromBytes', () => {
  it('reads any bytes as Response.text() does: BOM dropped, bad sequences replaced', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 64 }),
          fc.string({ unit: 'binary' }).map((s) => new TextEncoder().encode(s)),
          fc.string({ unit: 'binary' }).map((s) => new TextEncoder().encode(`\uFEFF${s}`)),
        ),
        async (bytes) => {
          const texts = textsFromBytes({ 'events.json': buffer(bytes) });
          expect(texts['events.json']).toBe(await new Response(buffer(bytes)).text());
        },
      ),
    );
  });

  it('reads each file that was sent, and leaves out those that were not', () => {
    const encode = (s: string) => buffer(new TextEncoder().encode(s));
    expect(
      textsFromBytes({ 'dataset.json': encode('{"a":1}'), 'events.json': encode('[é]') }),
    ).toEqual({ 'dataset.json': '{"a":1}', 'events.json': '[é]' });
  });
});
