/**
 * Just enough XML writing for GEXF and GraphML: correct escaping and indentation, nothing more.
 */

/** Code points XML 1.0 does not allow anywhere, not even as character references (incl. lone surrogates). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Kept as references so a parser does not normalise them to spaces inside attribute values.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Text safe for XML attribute values and element content: markup characters and quotes escaped,
 * tabs and line breaks as character references, characters XML cannot hold at all removed.
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"'\t\n\r]/g, (ch) => ESCAPES[ch]!);
}

export type XmlAttributes = Readonly<Record<string, string | number | boolean | undefined>>;

/** Writes an indented XML document element by element; attributes with undefined values are left out. */
export class XmlWriter {
  private readonly lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private readonly open: string[] = [];

  /** Opens an element that will have children. */
  start(name: string, attributes: XmlAttributes = {}): this {
    this.lines.push(`${this.indent()}<${name}${formatAttributes(attributes)}>`);
    this.open.push(name);
    return this;
  }

  /** Closes the innermost open element. */
  end(): this {
    const name = this.open.pop();
    if (name === undefined) throw new Error('XmlWriter: no element to close');
    this.lines.push(`${this.indent()}</${name}>`);
    return this;
  }

  /** An element without child elements: empty, or with text content. */
  element(name: string, attributes: XmlAttributes = {}, text?: string): this {
    const start = `${this.indent()}<${name}${formatAttributes(attributes)}`;
    this.lines.push(text === undefined ? `${start}/>` : `${start}>${escapeXml(text)}</${name}>`);
    return this;
  }

  /** The document; every element must be closed. */
  toString(): string {
    if (this.open.length > 0) throw new Error(`XmlWriter: unclosed <${this.open.join('>, <')}>`);
    return `${this.lines.join('\n')}\n`;
  }

  private indent(): string {
    return '  '.repeat(this.open.length);
  }
}

function formatAttributes(attributes: XmlAttributes): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}
