import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody, extractArticle } from '../../src/extract/index.ts';

// Pages in the charsets the web still sends, labelled honestly, by the HTTP header, by <meta>, by a BOM, not at
// all, or wrongly: each decodes to the same text.

const sentence = 'Raúl Torrez said the “$375 million” verdict — a first — protects niños in Española.';
const html = (charsetMeta: string) =>
  `<!doctype html><html><head>${charsetMeta}<title>Verdict</title></head><body><article>${`<p>${sentence} The jury in Santa Fe found that Meta violated the Unfair Practices Act.</p>`.repeat(4)}</article></body></html>`;

function windows1252(text: string): Buffer {
  const map: Record<string, number> = { '“': 0x93, '”': 0x94, '—': 0x97 };
  return Buffer.from([...text].map((c) => map[c] ?? c.charCodeAt(0)));
}

describe('decoding', () => {
  it('reads windows-1252 labelled in a <meta charset>', () => {
    const body = windows1252(html('<meta charset="windows-1252">'));
    expect(decodeBody(body).encoding).toBe('windows-1252');
    expect(extractArticle({ body }).text).toContain(sentence);
  });

  it('reads ISO-8859-1 labelled by http-equiv (browsers read it as windows-1252)', () => {
    const latin = 'Raúl Torrez habló en Española sobre el jurado.';
    const body = Buffer.from(
      `<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body><p>${latin}</p></body></html>`,
      'latin1',
    );
    expect(decodeBody(body).text).toContain(latin);
  });

  it('reads UTF-16LE with a BOM, and without one', () => {
    const page = html('<meta charset="utf-16">');
    const withBom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')]);
    expect(decodeBody(withBom).encoding).toBe('utf-16le');
    expect(extractArticle({ body: withBom }).text).toContain(sentence);
    expect(decodeBody(Buffer.from(page, 'utf16le')).text).toContain(sentence);
  });

  it('lets the HTTP header win over a <meta> that disagrees', () => {
    const greek = 'Η δίκη στη Σάντα Φε';
    const body = iconv.encode(
      `<html><head><meta charset="windows-1252"></head><body><p>${greek}</p></body></html>`,
      'iso-8859-7',
    );
    expect(decodeBody(body, 'text/html; charset=ISO-8859-7').text).toContain(greek);
    expect(decodeBody(body).text).not.toContain(greek); // without the header, the <meta> is believed
  });

  it('reads UTF-8 mislabelled as ISO-8859-1, and unlabelled UTF-8', () => {
    const utf8 = Buffer.from(html('<meta charset="iso-8859-1">'), 'utf8');
    expect(decodeBody(utf8).encoding).toBe('utf-8');
    expect(extractArticle({ body: utf8 }).text).toContain(sentence);
    expect(decodeBody(Buffer.from(html(''), 'utf8')).text).toContain(sentence);
  });

  it('falls back to windows-1252 for unlabelled bytes that are not UTF-8', () => {
    expect(decodeBody(windows1252(html(''))).text).toContain(sentence);
  });
});
