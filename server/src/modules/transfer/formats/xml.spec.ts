import { SaxesParser } from 'saxes';
import { xmlWellFormednessError } from './fixtures.js';
import { XmlWriter, escapeXml } from './xml.js';

describe('escapeXml', () => {
  it('escapes markup characters and quotes, and keeps line breaks as references', () => {
    expect(escapeXml(`a<b>&"c"'d'`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;');
    expect(escapeXml('one\ntwo\tthree\r')).toBe('one&#10;two&#9;three&#13;');
  });

  it('keeps non-ASCII text and removes what XML cannot hold', () => {
    expect(escapeXml('Zuid-Holland ✓ 🌱 Fryslân')).toBe('Zuid-Holland ✓ 🌱 Fryslân');
    expect(escapeXml('a\u0000b\u0008c\uFFFEd\uD800e')).toBe('abcde');
  });
});

describe('XmlWriter', () => {
  it('writes a well-formed document whose values parse back unchanged', () => {
    const awkward = `<&>"' \n\t ✓ 🌱 \u0001`;
    const xml = new XmlWriter()
      .start('root', { name: awkward, absent: undefined, n: 1.5 })
      .element('leaf', { flag: true }, awkward)
      .element('empty')
      .end()
      .toString();
    expect(xmlWellFormednessError(xml)).toBeUndefined();
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<root name="&lt;&amp;&gt;&quot;&apos; &#10;&#9; ✓ 🌱 " n="1.5">\n' +
        '  <leaf flag="true">&lt;&amp;&gt;&quot;&apos; &#10;&#9; ✓ 🌱 </leaf>\n' +
        '  <empty/>\n' +
        '</root>\n',
    );
    const parsed = { name: '', text: '' };
    const parser = new SaxesParser();
    parser.on('opentag', (tag) => {
      if (tag.name === 'root') parsed.name = tag.attributes.name as string;
    });
    parser.on('text', (text) => (parsed.text += text.trim() === '' ? '' : text));
    parser.write(xml).close();
    expect(parsed).toEqual({ name: `<&>"' \n\t ✓ 🌱 `, text: `<&>"' \n\t ✓ 🌱 ` });
  });

  it('refuses to end what was not started, or to finish with open elements', () => {
    expect(() => new XmlWriter().end()).toThrow('no element to close');
    expect(() => new XmlWriter().start('a').toString()).toThrow('unclosed <a>');
  });
});

describe('xmlWellFormednessError', () => {
  it('catches what lenient parsers accept', () => {
    expect(xmlWellFormednessError('<a x="1 & 2"/>')).toBeDefined();
    expect(xmlWellFormednessError('<a x="<"/>')).toBeDefined();
    expect(xmlWellFormednessError('<a>\u0001</a>')).toBeDefined();
    expect(xmlWellFormednessError('<a><b></a>')).toBeDefined();
    expect(xmlWellFormednessError('<a x="&lt;&#10;">ok</a>')).toBeUndefined();
  });
});
