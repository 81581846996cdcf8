import { describe, expect, it } from 'vitest';
import { readCsvRecords } from './csv-records';

const readAll = (text: string) => readCsvRecords(text, 0, Number.MAX_SAFE_INTEGER);

describe('readCsvRecords', () => {
  it('reads quoted commas, doubled quotes and newlines inside quotes', () => {
    expect(readAll('a,"b,c","say ""hi"""\r\n"two\r\nlines",,x\r\n').records).toEqual([
      ['a', 'b,c', 'say "hi"'],
      ['two\r\nlines', '', 'x'],
    ]);
  });

  it('keeps blank lines as records so record N is Excel row N', () => {
    expect(readAll('h\n\nv').records).toEqual([['h'], [''], ['v']]);
    expect(readAll('h\rv\r').records).toEqual([['h'], ['v']]);
  });

  it('treats a quote inside an unquoted field as text, like Excel', () => {
    expect(readAll('亲"你好",="123"\n').records).toEqual([['亲"你好"', '="123"']]);
  });

  it('resumes where it stopped', () => {
    const text = 'a\nb\n"c\nd"\ne';
    const first = readCsvRecords(text, 0, 2);
    expect(first.records).toEqual([['a'], ['b']]);
    expect(readCsvRecords(text, first.next, 10).records).toEqual([['c\nd'], ['e']]);
  });

  it('reports a quote that is never closed', () => {
    expect(readAll('a\n"b,c\n')).toMatchObject({ records: [['a']], unclosedQuote: true });
  });
});
