import { describe, expect, it } from 'vitest';
import { readPhraseFile, type PhraseFileRow } from './phrase-file-read';
import { deriveTitle, normaliseBody, planPhraseImport, type ExistingLibrary } from './phrase-import-plan';

const EMPTY_LIBRARY: ExistingLibrary = { groups: [], bodies: new Set(), shortcuts: new Set() };
const SUPERVISOR = { canWriteTeam: true, defaultScope: 'team' } as const;
const AGENT = { canWriteTeam: false, defaultScope: 'personal' } as const;

const utf8 = (text: string) => new TextEncoder().encode(text);

function row(values: Partial<PhraseFileRow> & { row: number }): PhraseFileRow {
  return {
    group: '售前',
    shortcut: '',
    body: '亲，您好',
    title: '',
    tags: [],
    stage: '',
    scope: '',
    questions: [],
    ...values,
  };
}

const fromRows = (rows: PhraseFileRow[]) => ({ format: 'json', rows, problems: [] });

describe('planPhraseImport: invalid rows', () => {
  it('reports each bad value with its Excel row and the column named as in the file', async () => {
    const csv = [
      '分组,快捷编码,短语内容,阶段,范围',
      '售前,hi,亲，您好,售前,团队',
      '售后,th,请申请退货,售后中,团队',
      '售后,f-h,好的,售后,团队',
      '售后,ok,,售后,团队',
      ',zz,没有分组,,',
      '这个分组的名字实在是太长了已经超过了二十个字,ab,分组名太长,,',
      '通用,yy,未知范围,,全员',
    ].join('\r\n');
    const read = await readPhraseFile('phrases.csv', utf8(csv));
    const report = planPhraseImport(read, EMPTY_LIBRARY, SUPERVISOR);
    expect(report.totalRows).toBe(7);
    expect(report.toAdd.map((draft) => draft.row)).toEqual([2]);
    expect(report.invalid).toEqual([
      { row: 3, column: '阶段', messageKey: 'validation.import.stageUnknown', params: { value: '售后中' } },
      {
        row: 4,
        column: '快捷编码',
        messageKey: 'validation.import.shortcutInvalid',
        params: { value: 'f-h' },
      },
      { row: 5, column: '短语内容', messageKey: 'validation.import.bodyEmpty', params: {} },
      { row: 6, column: '分组', messageKey: 'validation.import.groupEmpty', params: {} },
      { row: 7, column: '分组', messageKey: 'validation.import.groupTooLong', params: { max: 20 } },
      { row: 8, column: '范围', messageKey: 'validation.import.scopeUnknown', params: { value: '全员' } },
    ]);
  });

  it('checks lengths, shortcut form and tags against the editor limits', () => {
    const report = planPhraseImport(
      fromRows([
        row({ row: 1, body: '长'.repeat(2001) }),
        row({ row: 2, body: '刚好', title: '题'.repeat(61) }),
        row({ row: 3, body: 'a', shortcut: 'abcdefghijklm' }),
        row({ row: 4, body: 'b', tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }),
        row({ row: 5, body: 'c', tags: ['标'.repeat(21)] }),
        row({ row: 6, body: '长'.repeat(2000), title: '题'.repeat(60), shortcut: 'ABCdef123456' }),
      ]),
      EMPTY_LIBRARY,
      SUPERVISOR,
    );
    expect(report.invalid).toEqual([
      {
        row: 1,
        column: 'content',
        messageKey: 'validation.import.bodyTooLong',
        params: { max: 2000, length: 2001 },
      },
      { row: 2, column: 'title', messageKey: 'validation.import.titleTooLong', params: { max: 60 } },
      {
        row: 3,
        column: 'shortcut',
        messageKey: 'validation.import.shortcutInvalid',
        params: { value: 'abcdefghijklm' },
      },
      { row: 4, column: 'tags', messageKey: 'validation.import.tooManyTags', params: { max: 10 } },
      {
        row: 5,
        column: 'tags',
        messageKey: 'validation.import.tagTooLong',
        params: { max: 20, value: '标'.repeat(21) },
      },
    ]);
    expect(report.toAdd).toHaveLength(1);
    expect(report.toAdd[0]?.shortcut).toBe('abcdef123456');
  });

  it('lists every problem of one row', () => {
    const report = planPhraseImport(
      fromRows([row({ row: 4, group: '', body: '', stage: '下单前' })]),
      EMPTY_LIBRARY,
      SUPERVISOR,
    );
    expect(report.invalid.map(({ row, messageKey }) => [row, messageKey])).toEqual([
      [4, 'validation.import.groupEmpty'],
      [4, 'validation.import.bodyEmpty'],
      [4, 'validation.import.stageUnknown'],
    ]);
  });

  it('carries the file-level problems of the read into the report', async () => {
    const read = await readPhraseFile('x.csv', utf8('分组,短语内容\n售前,你好\n'));
    const report = planPhraseImport(read, EMPTY_LIBRARY, SUPERVISOR);
    expect(report).toMatchObject({ format: 'csv', encoding: 'utf-8', totalRows: 0, toAdd: [] });
    expect(report.invalid).toMatchObject([{ row: 1, messageKey: 'validation.import.missingColumn' }]);
  });
});

describe('planPhraseImport: scope', () => {
  it('refuses team rows for an agent and files the rest as personal', () => {
    const report = planPhraseImport(
      fromRows([
        row({ row: 2, body: 'a', scope: '团队' }),
        row({ row: 3, body: 'b', scope: 'Team' }),
        row({ row: 4, body: 'c', scope: '个人' }),
        row({ row: 5, body: 'd' }),
      ]),
      EMPTY_LIBRARY,
      AGENT,
    );
    expect(report.invalid).toEqual([
      { row: 2, column: 'scope', messageKey: 'validation.import.teamNotAllowed', params: {} },
      { row: 3, column: 'scope', messageKey: 'validation.import.teamNotAllowed', params: {} },
    ]);
    expect(report.toAdd.map(({ row, scope }) => [row, scope])).toEqual([
      [4, 'personal'],
      [5, 'personal'],
    ]);
    expect(report.newGroups).toEqual([{ name: '售前', stage: 'general', scope: 'personal' }]);
  });

  it('lets a supervisor write team rows, defaulting to the given scope', () => {
    const report = planPhraseImport(
      fromRows([row({ row: 2, body: 'a' }), row({ row: 3, body: 'b', scope: 'personal' })]),
      EMPTY_LIBRARY,
      SUPERVISOR,
    );
    expect(report.invalid).toEqual([]);
    expect(report.toAdd.map(({ scope }) => scope)).toEqual(['team', 'personal']);
    expect(report.newGroups.map(({ scope }) => scope)).toEqual(['team', 'personal']);
  });
});

describe('planPhraseImport: groups and stages', () => {
  it('reuses existing groups (same name and scope), creates the others once, and inherits stages', () => {
    const library: ExistingLibrary = {
      groups: [{ id: 'g1', name: '物流', stage: 'insale', scope: 'team' }],
      bodies: new Set(),
      shortcuts: new Set(['wl']),
    };
    const report = planPhraseImport(
      fromRows([
        row({ row: 2, group: '物流', body: '已发货', shortcut: 'WL' }),
        row({ row: 3, group: '退货', body: '请申请退货', stage: '售后' }),
        row({ row: 4, group: '退货', body: '已退款' }),
        row({ row: 5, group: '退货', body: '换货流程', stage: 'general' }),
        row({ row: 6, group: '物流', body: '个人物流', scope: 'personal' }),
      ]),
      library,
      SUPERVISOR,
    );
    expect(report.invalid).toEqual([]);
    expect(report.newGroups).toEqual([
      { name: '退货', stage: 'aftersale', scope: 'team' },
      { name: '物流', stage: 'general', scope: 'personal' },
    ]);
    expect(
      report.toAdd.map(({ row, groupName, stage, scope, shortcut }) => ({
        row,
        groupName,
        stage,
        scope,
        shortcut,
      })),
    ).toEqual([
      // A code already in the library is allowed: agents reuse codes across groups.
      { row: 2, groupName: '物流', stage: 'insale', scope: 'team', shortcut: 'wl' },
      { row: 3, groupName: '退货', stage: 'aftersale', scope: 'team', shortcut: '' },
      { row: 4, groupName: '退货', stage: 'aftersale', scope: 'team', shortcut: '' },
      { row: 5, groupName: '退货', stage: 'general', scope: 'team', shortcut: '' },
      { row: 6, groupName: '物流', stage: 'general', scope: 'personal', shortcut: '' },
    ]);
  });

  it('understands stage words in both languages', () => {
    const stages = ['售前', '售中', '售后', '通用', 'PreSale', 'insale', 'aftersale', 'general'];
    const report = planPhraseImport(
      fromRows(stages.map((stage, i) => row({ row: i + 2, body: `b${i}`, stage }))),
      EMPTY_LIBRARY,
      SUPERVISOR,
    );
    expect(report.toAdd.map(({ stage }) => stage)).toEqual([
      'presale',
      'insale',
      'aftersale',
      'general',
      'presale',
      'insale',
      'aftersale',
      'general',
    ]);
  });
});

describe('planPhraseImport: duplicates', () => {
  it('skips content already in the library and content repeated in the file, ignoring spacing, width and case', () => {
    const library: ExistingLibrary = {
      groups: [],
      bodies: new Set([normaliseBody('亲，今天16点前下单当天发货 OK')]),
      shortcuts: new Set(),
    };
    const report = planPhraseImport(
      fromRows([
        row({ row: 2, body: '亲，今天１６点前下单当天发货  ok', title: '发货' }),
        row({ row: 3, body: '欢迎光临 Welcome' }),
        row({ row: 4, body: '欢迎光临   ＷＥＬＣＯＭＥ', title: '欢迎' }),
        row({ row: 5, body: '欢迎光临，Welcome' }),
      ]),
      library,
      SUPERVISOR,
    );
    expect(report.duplicates).toEqual([
      { row: 2, title: '发货', reason: 'sameContentInLibrary' },
      { row: 4, title: '欢迎', reason: 'sameContentInFile' },
    ]);
    expect(report.toAdd.map(({ row }) => row)).toEqual([3, 5]);
  });

  it('does not let an invalid row claim the content of a later valid one', () => {
    const report = planPhraseImport(
      fromRows([row({ row: 2, body: '同样', stage: '??' }), row({ row: 3, body: '同样' })]),
      EMPTY_LIBRARY,
      SUPERVISOR,
    );
    expect(report.duplicates).toEqual([]);
    expect(report.toAdd.map(({ row }) => row)).toEqual([3]);
  });
});

describe('normaliseBody', () => {
  it('trims, collapses whitespace, folds full-width ASCII and Latin case, and keeps Chinese punctuation', () => {
    expect(normaliseBody('  亲　您好！\r\n ＡＢＣ，Def\t１２３。 ')).toBe('亲 您好! abc,def 123。');
  });
});

describe('deriveTitle', () => {
  it.each([
    ['亲，在的哦～', '亲，在的哦'],
    ['亲，您好！欢迎光临本店，请问有什么可以帮您的吗？', '亲，您好！欢迎光临本店'],
    ['Hello dear, welcome to our shop, how can I help you today?', 'Hello dear, welcome'],
    ['亲亲您的订单{订单号}已经发出请耐心等待快递小哥送货上门', '亲亲您的订单{订单号}已经发出请耐心等待…'],
    ['这是一段完全没有标点而且超过二十个字的很长很长的话术内容', '这是一段完全没有标点而且超过二十个字的很…'],
    ['亲亲您的订单已经发出请耐心等待快递{快递公司}送货上门', '亲亲您的订单已经发出请耐心等待快递…'],
    ['多行\n内容', '多行 内容'],
  ])('%s → %s', (body, title) => {
    expect(deriveTitle(body)).toBe(title);
  });

  it('gives a row without a title its derived one', () => {
    const report = planPhraseImport(
      fromRows([row({ row: 2, body: '亲，在的哦～' })]),
      EMPTY_LIBRARY,
      SUPERVISOR,
    );
    expect(report.toAdd[0]?.title).toBe('亲，在的哦');
  });
});
