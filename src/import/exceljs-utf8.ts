/**
 * Fix for a known exceljs 4.4 bug (exceljs/exceljs#2063, #2316; fixes proposed in PRs #1665,
 * #1821, #2894, none released): the streaming reader decodes every decompressed chunk of the
 * sheet XML on its own (lib/utils/parse-sax.js), so a Vietnamese letter whose UTF-8 bytes
 * straddle two chunks becomes "��" — about one cell in a few thousand, at random.
 *
 * Before exceljs is loaded, this module puts a corrected parse-sax into Node's module cache:
 * the same generator, with one StringDecoder per stream that carries an incomplete character
 * over to the next chunk. Import it (for its effect) before any `import ExcelJS`.
 * test/import/exceljs-utf8.test.ts reads a file with thousands of such boundaries.
 */
import { createRequire } from 'node:module';
import { StringDecoder } from 'node:string_decoder';

const require = createRequire(import.meta.url);
const parseSaxPath = require.resolve('exceljs/lib/utils/parse-sax.js');
const { SaxesParser } = require('saxes') as { SaxesParser: new () => SaxesLike };
const { PassThrough } = require('readable-stream') as { PassThrough: new () => NodeJS.ReadWriteStream };

interface SaxesLike {
  on(event: 'error' | 'opentag' | 'text' | 'closetag', handler: (value: never) => void): void;
  write(text: string): void;
}

type SaxEvent = { eventType: 'opentag' | 'text' | 'closetag'; value: unknown };

async function* parseSax(input: AsyncIterable<Buffer | string> | NodeJS.ReadableStream): AsyncGenerator<SaxEvent[]> {
  let iterable = input as AsyncIterable<Buffer | string>;
  const stream = input as NodeJS.ReadableStream & { [Symbol.asyncIterator]?: unknown };
  if (typeof stream.pipe === 'function' && !stream[Symbol.asyncIterator]) iterable = stream.pipe(new PassThrough()) as unknown as AsyncIterable<Buffer>;
  const parser = new SaxesParser();
  const decoder = new StringDecoder('utf8');
  let error: unknown;
  let events: SaxEvent[] = [];
  parser.on('error', (err: never) => {
    error = err;
  });
  parser.on('opentag', (value: never) => events.push({ eventType: 'opentag', value }));
  parser.on('text', (value: never) => events.push({ eventType: 'text', value }));
  parser.on('closetag', (value: never) => events.push({ eventType: 'closetag', value }));
  for await (const chunk of iterable) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.write(Buffer.from(chunk)));
    if (error) throw error;
    yield events;
    events = [];
  }
  const rest = decoder.end();
  if (rest) {
    parser.write(rest);
    if (error) throw error;
    yield events;
  }
}

const cached = require.cache[parseSaxPath];
if (cached?.loaded && cached.exports !== parseSax) {
  // exceljs was loaded before this fix: patching now would not reach the modules that captured it.
  throw new Error('src/import/exceljs-utf8.ts must be imported before exceljs');
}
// A module record whose exports are the corrected parser; exceljs's require() returns it.
const Module = require('node:module') as { new (id: string): NodeJS.Module };
const record = new Module(parseSaxPath);
record.filename = parseSaxPath;
record.loaded = true;
record.exports = parseSax;
require.cache[parseSaxPath] = record;

export const EXCELJS_UTF8_FIX = true;
