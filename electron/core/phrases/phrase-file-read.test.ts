import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error';
import { detectPhraseFileFormat, readPhraseFile, type PhraseFileRow } from './phrase-file-read';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Excel-style CSV: a quoted comma, doubled quotes, a quoted CRLF inside a body, a blank line. */
const TRICKY_CSV = [
  '分组,快捷编码,短语内容,标签,阶段,范围',
  '售前,hi,"亲，您好, 在的！",问候 欢迎,售前,团队',
  '售后,th,"请点""申请退货""，\r\n我们24小时内处理",退货、退款,售后,个人',
  '',
  '通用,,谢谢亲的支持～,,,',
  '',
].join('\r\n');

const TRICKY_ROWS: PhraseFileRow[] = [
  {
    row: 2,
    group: '售前',
    shortcut: 'hi',
    body: '亲，您好, 在的！',
    title: '',
    tags: ['问候', '欢迎'],
    stage: '售前',
    scope: '团队',
    questions: [],
  },
  {
    row: 3,
    group: '售后',
    shortcut: 'th',
    body: '请点"申请退货"，\r\n我们24小时内处理',
    title: '',
    tags: ['退货', '退款'],
    stage: '售后',
    scope: '个人',
    questions: [],
  },
  {
    row: 5,
    group: '通用',
    shortcut: '',
    body: '谢谢亲的支持～',
    title: '',
    tags: [],
    stage: '',
    scope: '',
    questions: [],
  },
];

async function xlsxBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readPhraseFile: CSV encodings', () => {
  it.each([
    ['utf-8', utf8(TRICKY_CSV)],
    ['utf-8-bom', utf8(`\uFEFF${TRICKY_CSV}`)],
    ['gbk', iconv.encode(TRICKY_CSV, 'gbk')],
  ])(
    'reads %s with quoted commas, quotes, newlines and CRLF; rows as Excel numbers them',
    async (encoding, bytes) => {
      const read = await readPhraseFile('短语.csv', bytes);
      expect(read.format).toBe('csv');
      expect(read.encoding).toBe(encoding);
      expect(read.problems).toEqual([]);
      expect(read.rows).toEqual(TRICKY_ROWS);
      expect(read.columns).toMatchObject({ group: '分组', body: '短语内容', stage: '阶段' });
    },
  );
});

describe('readPhraseFile: columns', () => {
  it('matches English headers in any order, case-blind, and ignores extra columns', async () => {
    const csv =
      'Notes,Content,Scope,Tags,Shortcut,Stage,Title,Group\nx,"Hello, dear",personal,a;b,hi,presale,Greeting,Pre-sale\n';
    const read = await readPhraseFile('phrases.csv', utf8(csv));
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([
      {
        row: 2,
        group: 'Pre-sale',
        shortcut: 'hi',
        body: 'Hello, dear',
        title: 'Greeting',
        tags: ['a', 'b'],
        stage: 'presale',
        scope: 'personal',
        questions: [],
      },
    ]);
  });

  it('accepts synonyms and decorated template headers, and trims values', async () => {
    const csv = '编码（选填）, 话术* ,组名\n fh ,  亲，今天发货哦  , 售中 \n';
    const read = await readPhraseFile('x.csv', utf8(csv));
    expect(read.problems).toEqual([]);
    expect(read.rows[0]).toMatchObject({ group: '售中', shortcut: 'fh', body: '亲，今天发货哦' });
    expect(read.columns).toEqual({ shortcut: '编码（选填）', body: '话术*', group: '组名' });
  });

  it('reads a Qianniu 快捷短语 sheet by its header names', async () => {
    const csv = '快捷短语,快捷编码,分组名称\r\n亲，在的哦,zd,欢迎语\r\n';
    const read = await readPhraseFile('qianniu.csv', iconv.encode(csv, 'gbk'));
    expect(read.rows).toEqual([
      {
        row: 2,
        group: '欢迎语',
        shortcut: 'zd',
        body: '亲，在的哦',
        title: '',
        tags: [],
        stage: '',
        scope: '',
        questions: [],
      },
    ]);
  });

  it('reads a header-less Qianniu sheet as group, code, content in columns A, B, C', async () => {
    const csv = '欢迎语,zd,亲，在的哦\r\n物流,wl,"已发货,请留意"\r\n';
    const read = await readPhraseFile('qianniu.csv', utf8(csv));
    expect(read.problems).toEqual([]);
    expect(read.columns).toEqual({ group: 'A', shortcut: 'B', body: 'C' });
    expect(read.rows.map(({ row, group, shortcut, body }) => ({ row, group, shortcut, body }))).toEqual([
      { row: 1, group: '欢迎语', shortcut: 'zd', body: '亲，在的哦' },
      { row: 2, group: '物流', shortcut: 'wl', body: '已发货,请留意' },
    ]);
  });

  it('finds the header below a title line and keeps Excel row numbers', async () => {
    const csv = '快捷短语导出 2024-05-01\r\n\r\n分组,快捷编码,短语内容\r\n售前,hi,在的\r\n';
    const read = await readPhraseFile('export.csv', utf8(csv));
    expect(read.problems).toEqual([]);
    expect(read.rows).toMatchObject([{ row: 4, group: '售前', shortcut: 'hi', body: '在的' }]);
  });

  it('reports each missing required column once, at row 1, and reads no rows', async () => {
    const read = await readPhraseFile('x.csv', utf8('分组,标题,标签\n售前,问候,\n'));
    expect(read.rows).toEqual([]);
    expect(read.problems).toEqual([
      {
        row: 1,
        column: '快捷编码 / shortcut',
        messageKey: 'validation.import.missingColumn',
        params: { column: '快捷编码 / shortcut' },
      },
      {
        row: 1,
        column: '短语内容 / content',
        messageKey: 'validation.import.missingColumn',
        params: { column: '短语内容 / content' },
      },
    ]);
  });
});

describe('readPhraseFile: unreadable and empty files', () => {
  it('reports an unclosed quote at the row where the broken record starts', async () => {
    const csv = '分组,快捷编码,短语内容\r\n售前,hi,你好\r\n售前,yo,"没有结束\r\n售前,ok,好的\r\n';
    const read = await readPhraseFile('x.csv', utf8(csv));
    expect(read.rows).toEqual([]);
    expect(read.problems).toEqual([
      { row: 3, column: null, messageKey: 'validation.import.unreadable', params: {} },
    ]);
  });

  it('keeps a quote typed inside an unquoted field as text', async () => {
    const read = await readPhraseFile('x.csv', utf8('分组,快捷编码,短语内容\n售前,hi,亲"你好"\n'));
    expect(read.rows[0]?.body).toBe('亲"你好"');
  });

  it.each([
    ['x.csv', utf8('')],
    ['x.csv', utf8('分组,快捷编码,短语内容\r\n\r\n,,\r\n')],
    ['x.json', utf8('[]')],
    ['x.json', utf8('{"version":1,"groups":[]}')],
    ['x.xlsx', new Uint8Array()],
  ])('%s with nothing in it is empty', async (name, bytes) => {
    const read = await readPhraseFile(name, bytes);
    expect(read.rows).toEqual([]);
    expect(read.problems).toEqual([
      { row: 0, column: null, messageKey: 'validation.import.empty', params: {} },
    ]);
  });

  it.each([
    ['broken.xlsx', utf8('PK\u0003\u0004 not really a zip')],
    ['broken.json', utf8('{"version":1,"groups":[')],
    ['other.json', utf8('{"phrases":[]}')],
  ])('%s is unreadable', async (name, bytes) => {
    const read = await readPhraseFile(name, bytes);
    expect(read.rows).toEqual([]);
    expect(read.problems).toEqual([
      { row: 0, column: null, messageKey: 'validation.import.unreadable', params: {} },
    ]);
  });

  it('refuses a file it cannot recognise with a localised AppError', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00]);
    const failure = await readPhraseFile('旧表格.xls', xls).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({
      messageKey: 'validation.import.unsupportedFormat',
      details: { fileName: '旧表格.xls' },
    });
  });
});

describe('readPhraseFile: XLSX', () => {
  it('reads the first sheet with Excel row numbers, rich text, numbers and multi-line cells', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('短语');
      sheet.addRow(['快捷编码', '分组', '短语内容', '阶段']);
      sheet.addRow([
        123,
        '售前',
        { richText: [{ text: '亲，' }, { text: '在的', font: { bold: true } }] },
        '售前',
      ]);
      sheet.addRow([]);
      sheet.addRow(['fh', '售中', '今天16点前下单\n当天发货', 'insale']);
      sheet.getCell('A5').value = { formula: '"wl"', result: 'wl' };
      sheet.getCell('B5').value = '物流';
      sheet.getCell('C5').value = { text: '查看物流', hyperlink: 'https://example.com' };
      workbook.addWorksheet('说明').addRow(['分组', '快捷编码', '短语内容']);
    });
    expect(detectPhraseFileFormat('noname', bytes)).toBe('xlsx');
    const read = await readPhraseFile('短语.xlsx', bytes);
    expect(read.format).toBe('xlsx');
    expect(read.problems).toEqual([]);
    expect(
      read.rows.map(({ row, shortcut, group, body, stage }) => ({ row, shortcut, group, body, stage })),
    ).toEqual([
      { row: 2, shortcut: '123', group: '售前', body: '亲，在的', stage: '售前' },
      { row: 4, shortcut: 'fh', group: '售中', body: '今天16点前下单\n当天发货', stage: 'insale' },
      { row: 5, shortcut: 'wl', group: '物流', body: '查看物流', stage: '' },
    ]);
  });

  it('reports a missing column in a sheet', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('Phrases');
      sheet.addRow(['Group', 'Content']);
      sheet.addRow(['Greeting', 'Hello']);
    });
    const read = await readPhraseFile('p.xlsx', bytes);
    expect(read.problems).toMatchObject([
      { row: 1, column: '快捷编码 / shortcut', messageKey: 'validation.import.missingColumn' },
    ]);
  });
});

describe('readPhraseFile: JSON', () => {
  it('reads our versioned export shape, numbering phrases across groups', async () => {
    const json = {
      version: 1,
      groups: [
        {
          name: '售前',
          stage: 'presale',
          scope: 'team',
          phrases: [{ shortcut: 'hi', title: '问候', body: '亲，您好', tags: ['问候'] }],
        },
        {
          name: '售后',
          stage: 'aftersale',
          scope: 'personal',
          phrases: [{ shortcut: '', title: '退货', body: '请申请退货', tags: [] }],
        },
        { name: '空分组', stage: 'general', scope: 'team', phrases: [] },
      ],
    };
    const read = await readPhraseFile('backup.json', utf8(JSON.stringify(json)));
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([
      {
        row: 1,
        group: '售前',
        shortcut: 'hi',
        body: '亲，您好',
        title: '问候',
        tags: ['问候'],
        stage: 'presale',
        scope: 'team',
        questions: [],
      },
      {
        row: 2,
        group: '售后',
        shortcut: '',
        body: '请申请退货',
        title: '退货',
        tags: [],
        stage: 'aftersale',
        scope: 'personal',
        questions: [],
      },
    ]);
  });

  it('reads a flat array of rows, English or Chinese keys, tags as a list or a string', async () => {
    const json = [
      {
        group: 'Greeting',
        shortcut: 'hi',
        body: 'Hello',
        tags: ['free shipping', 'b', 'b'],
        stage: 'presale',
      },
      { 分组: '售后', 快捷编码: 12, 短语内容: '好的', 标签: '退货，退款' },
    ];
    const read = await readPhraseFile('rows', utf8(`\n  ${JSON.stringify(json)}`));
    expect(read.format).toBe('json');
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([
      {
        row: 1,
        group: 'Greeting',
        shortcut: 'hi',
        body: 'Hello',
        title: '',
        tags: ['free shipping', 'b'],
        stage: 'presale',
        scope: '',
        questions: [],
      },
      {
        row: 2,
        group: '售后',
        shortcut: '12',
        body: '好的',
        title: '',
        tags: ['退货', '退款'],
        stage: '',
        scope: '',
        questions: [],
      },
    ]);
  });

  it('points at the JSON row and key that holds something other than text', async () => {
    const json = [{ group: 'A', body: 'ok' }, 'not a row', { group: 'B', body: { text: 'nested' } }];
    const read = await readPhraseFile('rows.json', utf8(JSON.stringify(json)));
    expect(read.problems).toEqual([
      { row: 2, column: null, messageKey: 'validation.import.unreadable', params: {} },
      { row: 3, column: 'body', messageKey: 'validation.import.notText', params: { column: 'body' } },
    ]);
  });

  it('reports a JSON file whose rows never name the content', async () => {
    const read = await readPhraseFile('rows.json', utf8(JSON.stringify([{ group: 'A', text2: 'x' }])));
    expect(read.rows).toEqual([]);
    expect(read.problems).toMatchObject([
      { row: 1, messageKey: 'validation.import.missingColumn', column: '短语内容 / content' },
    ]);
  });

  it('refuses a newer export version', async () => {
    const read = await readPhraseFile('backup.json', utf8('{"version":2,"groups":[]}'));
    expect(read.problems).toEqual([
      { row: 0, column: null, messageKey: 'validation.import.unsupportedVersion', params: { version: '2' } },
    ]);
  });
});

describe('detectPhraseFileFormat', () => {
  it.each([
    ['a.CSV', '', 'csv'],
    ['a.txt', '', 'csv'],
    ['a.xlsx', '', 'xlsx'],
    ['a.json', '', 'json'],
    ['download', '\uFEFF { "version": 1 }', 'json'],
    ['download', '[]', 'json'],
    ['download', '分组,快捷编码,短语内容', 'csv'],
  ])('%s %j → %s', (name, text, format) => {
    expect(detectPhraseFileFormat(name, utf8(text))).toBe(format);
  });

  it('knows neither an old binary .xls nor an unnamed binary file', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00]);
    expect(detectPhraseFileFormat('a.xls', ole)).toBeNull();
    expect(detectPhraseFileFormat('blob', new Uint8Array([0x00, 0x01, 0x02]))).toBeNull();
  });
});
