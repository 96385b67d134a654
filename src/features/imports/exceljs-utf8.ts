/**
 * exceljs's streaming XML parser (lib/utils/parse-sax.js), replaced in Node's module cache
 * before exceljs is loaded, for two reasons. Import it (for its effect) before any `import ExcelJS`.
 *
 * 1. A known exceljs 4.4 bug (exceljs/exceljs#2063, #2316; fixes proposed in PRs #1665,
 *    #1821, #2894, none released): the reader decodes every decompressed chunk of the sheet XML
 *    on its own, so a Vietnamese letter whose UTF-8 bytes straddle two chunks becomes "��" —
 *    about one cell in a few thousand, at random. Here one StringDecoder per stream carries an
 *    incomplete character over to the next chunk (test/import/exceljs-utf8.test.ts).
 * 2. Bounds on what an XML part may make the reader hold (src/import/limits.ts): the text is
 *    fed to the parser in slices of 64 Ki characters and the events of each slice handed over at
 *    once (a large inflated chunk made millions of event objects at a time); a token (a cell's
 *    text, a tag) longer than MAX_XML_TOKEN_CHARS, a cell or shared string whose markup exceeds
 *    MAX_CELL_XML_CHARS, or more than MAX_SHARED_STRINGS shared strings stop the read with an
 *    ImportLimitError; and the shared strings table is flattened to plain text (rich-text runs
 *    joined: the import reads plain text anyway), so exceljs keeps one string per entry instead of
 *    an object per run (for in-memory workbooks too: only tests load those).
 */
import { createRequire } from 'node:module';
import { StringDecoder } from 'node:string_decoder';
import { ImportLimitError, LIMIT_MESSAGES, MAX_CELL_XML_CHARS, MAX_SHARED_STRINGS, MAX_XML_TOKEN_CHARS } from '../../domain/import/limits.ts';

const require = createRequire(import.meta.url);
const parseSaxPath = require.resolve('exceljs/lib/utils/parse-sax.js');
const { SaxesParser } = require('saxes') as { SaxesParser: new () => SaxesLike };
const { PassThrough } = require('readable-stream') as { PassThrough: new () => NodeJS.ReadWriteStream };

interface SaxesLike {
  on(event: 'error' | 'opentag' | 'text' | 'closetag', handler: (value: never) => void): void;
  write(text: string): void;
}

type SaxEvent = { eventType: 'opentag' | 'text' | 'closetag'; value: unknown };

/** Characters fed to the parser at a time. */
const SLICE = 64 * 1024;

/**
 * The limits of one XML part, checked after each slice, and the flattening of the shared
 * strings (the part whose root element is `sst`): each `<si>` reaches exceljs as
 * `<si><t>the runs' texts joined</t></si>` — the text inside `t` elements outside phonetic runs
 * (`rPh`), under the first `t`'s open tag and the last one's close tag; run properties and
 * formatting tags are left out. Both exceljs's streaming reader and its in-memory parser read
 * that shape as plain text.
 */
class PartGuard {
  private position = 0;
  private lastEvent = 0;
  private cellStart: number | undefined;
  private sharedStrings = 0;
  private root: string | undefined;
  private inText = 0;
  private inPhonetic = 0;
  private textOpened = false;
  private textClose: SaxEvent | undefined;

  /** The events of a slice, flattened for the shared strings table; throws when a limit is passed. */
  after(length: number, events: SaxEvent[]): SaxEvent[] {
    const sliceEnd = this.position + length;
    let kept = events;
    if (events.length > 0) {
      this.root ??= (events.find((e) => e.eventType === 'opentag')?.value as { name?: string } | undefined)?.name;
      if (this.root === 'sst') kept = this.flatten(events);
      for (const event of events) {
        if (event.eventType === 'text') continue;
        const name = (event.value as { name: string }).name;
        if (name !== 'c' && name !== 'si') continue;
        if (event.eventType === 'opentag') {
          // Where in the slice the tag was is not known: counted from the slice's start.
          this.cellStart = this.position;
          if (name === 'si' && ++this.sharedStrings > MAX_SHARED_STRINGS) throw new ImportLimitError(LIMIT_MESSAGES.sharedStrings());
        } else {
          this.cellStart = undefined;
        }
      }
      this.lastEvent = this.position;
    }
    this.position = sliceEnd;
    if (this.position - this.lastEvent > MAX_XML_TOKEN_CHARS) throw new ImportLimitError(LIMIT_MESSAGES.token());
    if (this.cellStart !== undefined && this.position - this.cellStart > MAX_CELL_XML_CHARS) throw new ImportLimitError(LIMIT_MESSAGES.cell());
    return kept;
  }

  private flatten(events: SaxEvent[]): SaxEvent[] {
    const kept: SaxEvent[] = [];
    for (const event of events) {
      if (event.eventType === 'text') {
        if (this.inText > 0 && this.inPhonetic === 0) kept.push(event);
        continue;
      }
      const name = (event.value as { name: string }).name;
      const open = event.eventType === 'opentag';
      if (name === 'rPh') {
        this.inPhonetic += open ? 1 : -1;
      } else if (name === 't') {
        this.inText += open ? 1 : -1;
        if (this.inPhonetic > 0) continue;
        if (open && !this.textOpened) {
          this.textOpened = true;
          kept.push(event);
        } else if (!open) {
          this.textClose = event;
        }
      } else if (name === 'si') {
        if (open) {
          this.textOpened = false;
          this.textClose = undefined;
        } else if (this.textClose) {
          kept.push(this.textClose);
        }
        kept.push(event);
      } else if (name === 'sst') {
        kept.push(event);
      }
    }
    return kept;
  }
}

async function* parseSax(input: AsyncIterable<Buffer | string> | NodeJS.ReadableStream): AsyncGenerator<SaxEvent[]> {
  let iterable = input as AsyncIterable<Buffer | string>;
  const stream = input as NodeJS.ReadableStream & { [Symbol.asyncIterator]?: unknown };
  if (typeof stream.pipe === 'function' && !stream[Symbol.asyncIterator]) iterable = stream.pipe(new PassThrough()) as unknown as AsyncIterable<Buffer>;
  const parser = new SaxesParser();
  const decoder = new StringDecoder('utf8');
  const guard = new PartGuard();
  let error: unknown;
  let events: SaxEvent[] = [];
  parser.on('error', (err: never) => {
    error = err;
  });
  parser.on('opentag', (value: never) => events.push({ eventType: 'opentag', value }));
  parser.on('text', (value: never) => events.push({ eventType: 'text', value }));
  parser.on('closetag', (value: never) => events.push({ eventType: 'closetag', value }));
  const feed = function* (text: string): Generator<SaxEvent[]> {
    for (let start = 0; start < text.length; start += SLICE) {
      const slice = text.length <= SLICE ? text : text.slice(start, start + SLICE);
      parser.write(slice);
      if (error) throw error;
      const kept = guard.after(slice.length, events);
      events = [];
      if (kept.length > 0) yield kept;
    }
  };
  for await (const chunk of iterable) yield* feed(typeof chunk === 'string' ? chunk : decoder.write(Buffer.from(chunk)));
  const rest = decoder.end();
  if (rest) yield* feed(rest);
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
