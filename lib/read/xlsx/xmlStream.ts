import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';
import { MAX_XML_RUN_CHARS } from '../limits.ts';

/** Receives the elements of a workbook part by local name (`x:row` and `row` are the same). */
export interface XmlHandler {
  open(name: string, attributes: Record<string, string>): void;
  text(text: string): void;
  close(name: string): void;
}

/** A workbook part is not well-formed XML, or holds an absurdly long text. */
export class XmlFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlFormatError';
  }
}

/**
 * Incremental XML parsing of a workbook part from its inflated bytes. Bytes are decoded with a
 * streaming decoder: a character split between two chunks stays whole (exceljs's streaming reader
 * garbles such Chinese characters, exceljs issue #2063).
 */
export class XmlStream {
  private readonly parser = new SaxesParser({ position: false });
  private decoder: StringDecoder | undefined;
  private sinceTagStart = 0;
  private failure: Error | undefined;

  constructor(handler: XmlHandler) {
    // Recorded, not thrown by the parser, so that a handler's own error (a size guard) passes unchanged.
    this.parser.on('error', (error) => {
      this.failure ??= error;
    });
    this.parser.on('opentag', (tag) =>
      handler.open(localName(tag.name), tag.attributes as Record<string, string>),
    );
    this.parser.on('text', (text) => handler.text(text));
    this.parser.on('cdata', (text) => handler.text(text));
    this.parser.on('closetag', (tag) => handler.close(localName(tag.name)));
  }

  write(bytes: Buffer): void {
    let text: string;
    if (this.decoder === undefined) {
      // Parts are UTF-8; a byte-order mark (UTF-8 or UTF-16 LE) is honoured and dropped.
      const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
      this.decoder = new StringDecoder(utf16 ? 'utf16le' : 'utf8');
      text = this.decoder.write(bytes);
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    } else {
      text = this.decoder.write(bytes);
    }
    this.guardRunLength(text);
    this.feed(text);
  }

  end(): void {
    if (this.decoder) this.feed(this.decoder.end());
    this.parser.close();
    this.throwIfFailed();
  }

  private feed(text: string): void {
    if (!text) return;
    this.parser.write(text);
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    if (this.failure) throw new XmlFormatError(this.failure.message);
  }

  /** The parser buffers a text or tag until it ends: refuse one longer than any real part holds. */
  private guardRunLength(text: string): void {
    const lastTag = text.lastIndexOf('<');
    this.sinceTagStart = lastTag === -1 ? this.sinceTagStart + text.length : text.length - lastTag;
    if (this.sinceTagStart > MAX_XML_RUN_CHARS) throw new XmlFormatError('text run too long');
  }
}

/** Reads a whole (small) part through a handler. */
export async function parseXmlPart(chunks: AsyncIterable<Buffer>, handler: XmlHandler): Promise<void> {
  const xml = new XmlStream(handler);
  for await (const chunk of chunks) xml.write(chunk);
  xml.end();
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** An attribute by local name (`r:id` for `id`), whatever prefix the writer chose. */
export function attribute(attributes: Record<string, string>, name: string): string | undefined {
  const direct = attributes[name];
  if (direct !== undefined) return direct;
  for (const key in attributes) {
    if (key.endsWith(`:${name}`)) return attributes[key];
  }
  return undefined;
}
