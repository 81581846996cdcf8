import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportPhrases, type ExportGroup } from './phrase-export';
import { readPhraseFile } from './phrase-file-read';
import { planPhraseImport } from './phrase-import-plan';

const GROUPS: ExportGroup[] = [
  {
    name: '售前',
    stage: 'presale',
    scope: 'team',
    phrases: [
      {
        shortcut: 'hi',
        title: '问候',
        body: '亲，您好！欢迎光临{店铺名}，有什么可以帮您？',
        tags: ['问候', '欢迎'],
        questions: ['亲 在吗', '你好，有人吗？ 想问下'],
      },
      {
        shortcut: 'bz',
        title: '正品 "保证"',
        body: '本店保证正品, 支持专柜验货；"假一赔十"',
        tags: [],
        questions: ['是"正品"吗'],
      },
      {
        shortcut: '',
        title: '多行',
        body: '第一行\n第二行, 带逗号\n\n第四行 😊',
        tags: ['multi-line'],
        questions: [],
      },
    ],
  },
  {
    name: '售前',
    stage: 'presale',
    scope: 'personal',
    phrases: [
      { shortcut: 'my1', title: '我的开场', body: '在的亲～我是{客服名}', tags: ['个人'], questions: [] },
    ],
  },
  {
    name: '物流',
    stage: 'insale',
    scope: 'team',
    phrases: [
      {
        shortcut: 'fh',
        title: '发货时间',
        body: '=16点前下单当天发货',
        tags: ['发货', 'shipping'],
        questions: ['什么时候发货', 'when do you ship, today?'],
      },
    ],
  },
  {
    name: 'After-sale',
    stage: 'aftersale',
    scope: 'personal',
    phrases: [
      {
        shortcut: 'th',
        title: 'Returns',
        body: 'Please apply for a return, dear.',
        tags: ['return'],
        questions: ['can I return it?', 'how do I send it back'],
      },
    ],
  },
  {
    name: '通用',
    stage: 'general',
    scope: 'team',
    phrases: [
      { shortcut: 'xx', title: '感谢', body: '感谢您的支持，祝您生活愉快', tags: [], questions: ['谢谢'] },
    ],
  },
];

const FORMATS = ['csv', 'xlsx', 'json'] as const;
const LANGUAGES = ['zh-CN', 'en-US'] as const;

describe('exportPhrases round-trips through read and plan', () => {
  for (const format of FORMATS) {
    for (const language of LANGUAGES) {
      it(`${format} in ${language}`, async () => {
        const file = await exportPhrases(GROUPS, format, language);
        const read = await readPhraseFile(file.fileName, file.bytes);
        const report = planPhraseImport(
          read,
          { groups: [], bodies: new Set(), shortcuts: new Set() },
          { canWriteTeam: true, defaultScope: 'personal' },
        );
        expect(report.invalid).toEqual([]);
        expect(report.duplicates).toEqual([]);
        expect(report.newGroups).toEqual(GROUPS.map(({ name, stage, scope }) => ({ name, stage, scope })));
        expect(
          report.toAdd.map(({ groupName, stage, scope, shortcut, title, body, tags, questions }) => ({
            groupName,
            stage,
            scope,
            shortcut,
            title,
            body,
            tags,
            questions,
          })),
        ).toEqual(
          GROUPS.flatMap((group) =>
            group.phrases.map((phrase) => ({
              groupName: group.name,
              stage: group.stage,
              scope: group.scope,
              ...phrase,
            })),
          ),
        );
      });
    }
  }
});

describe('exportPhrases: CSV', () => {
  it('writes UTF-8 with a BOM, CRLF, Chinese headers and values, and quotes where needed', async () => {
    const file = await exportPhrases(GROUPS.slice(0, 1), 'csv', 'zh-CN');
    expect(file).toMatchObject({ fileName: '短语库.csv', mimeType: 'text/csv; charset=utf-8' });
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(file.bytes);
    expect(text.split('\r\n')).toEqual([
      '分组,快捷编码,标题,短语内容,标签,阶段,范围,买家问题',
      // Full-width ， is text, not a separator: no quotes needed.
      '售前,hi,问候,亲，您好！欢迎光临{店铺名}，有什么可以帮您？,问候、欢迎,售前,团队,亲 在吗 | 你好，有人吗？ 想问下',
      '售前,bz,"正品 ""保证""","本店保证正品, 支持专柜验货；""假一赔十""",,售前,团队,"是""正品""吗"',
      '售前,,多行,"第一行\n第二行, 带逗号\n\n第四行 😊",multi-line,售前,团队,',
      '',
    ]);
  });

  it('writes English headers and canonical values in en-US', async () => {
    const file = await exportPhrases(GROUPS.slice(3, 4), 'csv', 'en-US');
    expect(file.fileName).toBe('phrases.csv');
    expect(new TextDecoder().decode(file.bytes).split('\r\n')).toEqual([
      'Group,Shortcut,Title,Content,Tags,Stage,Scope,Questions',
      'After-sale,th,Returns,"Please apply for a return, dear.",return,aftersale,personal,can I return it? | how do I send it back',
      '',
    ]);
  });
});

describe('exportPhrases: XLSX', () => {
  async function sheetOf(language: 'zh-CN' | 'en-US') {
    const file = await exportPhrases(GROUPS, 'xlsx', language);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(file.bytes).buffer);
    return { file, workbook };
  }

  it('has one sheet named for the language, a bold filled frozen header and a wrapped content column', async () => {
    const { file, workbook } = await sheetOf('zh-CN');
    expect(file).toMatchObject({
      fileName: '短语库.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['短语库']);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = sheet.getRow(1);
    expect(header.values).toEqual([
      undefined,
      '分组',
      '快捷编码',
      '标题',
      '短语内容',
      '标签',
      '阶段',
      '范围',
      '买家问题',
    ]);
    header.eachCell((cell) => {
      expect(cell.font?.bold).toBe(true);
      expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    });
    expect(sheet.getCell('D4').alignment?.wrapText).toBe(true);
    expect(sheet.getCell('D4').value).toBe('第一行\n第二行, 带逗号\n\n第四行 😊');
    expect(sheet.rowCount).toBe(8);

    expect((await sheetOf('en-US')).workbook.worksheets.map((s) => s.name)).toEqual(['Phrases']);
  });

  it('sizes columns for Chinese text, counting a Chinese character as two', async () => {
    const wide = await exportPhrases(
      [
        {
          name: '一二三四五六七八九十',
          stage: 'general',
          scope: 'team',
          phrases: [{ shortcut: 'a', title: 't', body: 'b', tags: [], questions: [] }],
        },
      ],
      'xlsx',
      'en-US',
    );
    const narrow = await exportPhrases(
      [
        {
          name: 'abcdefghij',
          stage: 'general',
          scope: 'team',
          phrases: [{ shortcut: 'a', title: 't', body: 'b', tags: [], questions: [] }],
        },
      ],
      'xlsx',
      'en-US',
    );
    const widthOfGroupColumn = async (bytes: Uint8Array) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(new Uint8Array(bytes).buffer);
      return workbook.worksheets[0]!.getColumn(1).width;
    };
    expect(await widthOfGroupColumn(wide.bytes)).toBe(22);
    expect(await widthOfGroupColumn(narrow.bytes)).toBe(12);
  });
});

describe('exportPhrases: JSON', () => {
  it('writes the versioned shape, pretty-printed, groups without phrases included', async () => {
    const groups = [...GROUPS.slice(4), { name: '空', stage: 'general', scope: 'team', phrases: [] }];
    const file = await exportPhrases(groups, 'json', 'zh-CN');
    expect(file).toMatchObject({ fileName: '短语库.json', mimeType: 'application/json' });
    const text = new TextDecoder().decode(file.bytes);
    expect(text).toContain('\n  "groups": [\n');
    expect(JSON.parse(text)).toEqual({ version: 1, groups });
  });
});

describe('example questions in files', () => {
  const plan = async (fileName: string, bytes: Uint8Array) =>
    planPhraseImport(
      await readPhraseFile(fileName, bytes),
      { groups: [], bodies: new Set(), shortcuts: new Set() },
      { canWriteTeam: true, defaultScope: 'team' },
    );
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('reads 买家问题 or Questions split on | (commas stay inside a question); older files without the column still import', async () => {
    const zh =
      '分组,快捷编码,短语内容,买家问题\r\n售前,fh,亲，16点前付款当天发,"啥时候发货呀 | 今天能发吗，急用|| 啥时候发货呀"\r\n';
    const en =
      'group,shortcut,content,Questions\r\nPre-sale,ship,We ship today,"when do you ship? | can it go out today, please"\r\n';
    const old = '分组,快捷编码,短语内容\r\n售前,fh,亲，16点前付款当天发\r\n';
    expect((await plan('a.csv', utf8(zh))).toAdd[0]!.questions).toEqual(['啥时候发货呀', '今天能发吗，急用']);
    expect((await plan('b.csv', utf8(en))).toAdd[0]!.questions).toEqual([
      'when do you ship?',
      'can it go out today, please',
    ]);
    const before = await plan('c.csv', utf8(old));
    expect(before.invalid).toEqual([]);
    expect(before.toAdd[0]!.questions).toEqual([]);
  });

  it('takes a JSON list or a |-separated string, and refuses too many or too long questions by row and column', async () => {
    const json = JSON.stringify([
      { group: '售前', content: '亲，有现货', questions: ['有货吗', ' 有货吗 ', '现货？'] },
      { group: '售前', content: '亲，包邮', 买家问题: '包邮吗|运费多少' },
      { group: '售前', content: '亲，太多了', questions: Array.from({ length: 31 }, (_, i) => `问${i}`) },
      { group: '售前', content: '亲，太长了', questions: ['问'.repeat(201)] },
    ]);
    const report = await plan('p.json', utf8(json));
    expect(report.toAdd.map((draft) => draft.questions)).toEqual([
      ['有货吗', '现货？'],
      ['包邮吗', '运费多少'],
    ]);
    expect(report.invalid).toEqual([
      { row: 3, column: 'questions', messageKey: 'validation.import.tooManyQuestions', params: { max: 30 } },
      {
        row: 4,
        column: 'questions',
        messageKey: 'validation.import.questionTooLong',
        params: { max: 200, value: '问'.repeat(201) },
      },
    ]);
  });

  it('writes a | typed inside a question as / so it comes back as one question', async () => {
    const group = { name: '售前', stage: 'presale', scope: 'team' };
    const phrase = {
      shortcut: 'kd',
      title: '快递',
      body: '亲，默认中通',
      tags: [],
      questions: ['顺丰|中通哪个快'],
    };
    const file = await exportPhrases([{ ...group, phrases: [phrase] }], 'csv', 'zh-CN');
    expect((await plan(file.fileName, file.bytes)).toAdd[0]!.questions).toEqual(['顺丰/中通哪个快']);
  });
});
