import { describe, expect, it } from 'vitest';
import { StorageKeyError } from '../../lib/storage/local/errors.ts';
import { decodeComponents, encodeSegment } from '../../lib/storage/local/nameCodec.ts';

describe('file names of key segments', () => {
  it('keeps Chinese and ordinary names as they are', () => {
    expect(encodeSegment('工资.csv.csv')).toEqual(['工资.csv.csv']);
    expect(encodeSegment('2023-03')).toEqual(['2023-03']);
    expect(encodeSegment('五一 (2).xlsx')).toEqual(['五一 (2).xlsx']);
  });

  it('escapes what a file system would treat specially', () => {
    expect(encodeSegment('..')).toEqual(['%2E%2E']);
    expect(encodeSegment('.')).toEqual(['%2E']);
    expect(encodeSegment('.hidden')).toEqual(['%2Ehidden']);
    expect(encodeSegment('a/b')).toEqual(['a%2Fb']);
    expect(encodeSegment('C:\\x')).toEqual(['C%3A%5Cx']);
    expect(encodeSegment('50%')).toEqual(['50%25']);
    expect(encodeSegment('a\u0000b\nc')).toEqual(['a%00b%0Ac']);
    expect(encodeSegment('名单\u202Etxt.exe')).toEqual(['名单%E2%80%AEtxt.exe']);
    expect(encodeSegment('what?*')).toEqual(['what%3F%2A']);
    expect(encodeSegment('ends. ')).toEqual(['ends.%20']);
    expect(encodeSegment('ends.')).toEqual(['ends%2E']);
    expect(encodeSegment('')).toEqual(['%']);
  });

  it('escapes Windows device names and reserved names, ignoring case', () => {
    expect(encodeSegment('CON')).toEqual(['%43ON']);
    expect(encodeSegment('nul.txt')).toEqual(['%6Eul.txt']);
    expect(encodeSegment('com1')).toEqual(['%63om1']);
    expect(encodeSegment('console')).toEqual(['console']);
    expect(encodeSegment('Outbox', new Set(['outbox']))).toEqual(['%4Futbox']);
    expect(encodeSegment('outboxes', new Set(['outbox']))).toEqual(['outboxes']);
  });

  it('decodes every encoding back to the segment', () => {
    const segments = ['工资.csv', '..', '.x', 'a/b', '50%', 'a\u0000b', 'CON', '', ' x ', '😀', 'ends.'];
    for (const segment of segments) expect(decodeComponents(encodeSegment(segment))).toEqual([segment]);
  });

  it('splits a name longer than a file system allows into components of at most 200 bytes', () => {
    const segment = `${'%'.repeat(100)}${'乡'.repeat(200)}`;
    const components = encodeSegment(segment);
    expect(components.length).toBeGreaterThan(1);
    for (const c of components) expect(Buffer.byteLength(c)).toBeLessThanOrEqual(200);
    expect(decodeComponents(components)).toEqual([segment]);
    expect(decodeComponents([...components, 'next'])).toEqual([segment, 'next']);
  });

  it('does not decode names it never writes', () => {
    expect(decodeComponents(['100%'])).toBeUndefined();
    expect(decodeComponents(['%zz'])).toBeUndefined();
    expect(decodeComponents(['%FF'])).toBeUndefined();
    expect(decodeComponents(['a%+'])).toBeUndefined();
    expect(decodeComponents(['a%+', 'b'])).toBeUndefined();
  });

  it('refuses a string that is not valid Unicode', () => {
    expect(() => encodeSegment('a\uD800b')).toThrow(StorageKeyError);
  });
});
