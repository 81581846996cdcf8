import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { normalizeQuestion } from '../../common/suggest/question-text';
import { openDatabase, type OpenedDatabase } from '../../db/open-database';
import { createCoreServices } from '../core/core-services';
import { HEADLESS_SHELL } from '../core/platform/headless-shell';
import type { PasteInjector } from '../core/platform/paste-injector';
import { SAMPLE_SETTINGS } from '../core/test-support/sample-settings';
import { createMemoryNotifier } from '../core/test-support/memory-notifier';
import type { ApiResult } from './api-result';
import type { MethodName, MethodOutput } from './contract';
import { createDispatcher } from './dispatch';
import { createHandlers } from './handlers';

const opened: OpenedDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** 2026-11-24 14:05 in Shanghai. */
const NOW = Date.UTC(2026, 10, 24, 6, 5);

const injector: PasteInjector = {
  paste: async () => ({ status: 'pasted' }),
  copy: async () => undefined,
};

function startCore(database: OpenedDatabase, clock: { now: () => number }) {
  const core = createCoreServices({
    database,
    clock,
    shell: HEADLESS_SHELL,
    injector,
    notifier: createMemoryNotifier(),
    dataDir: '/data',
    appVersion: 'test',
  });
  const dispatch = createDispatcher(createHandlers(core));
  const call = async <M extends MethodName>(method: M, input: unknown = {}): Promise<MethodOutput<M>> => {
    const result = (await dispatch(method, input)) as ApiResult<MethodOutput<M>>;
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  return { dispatch, call };
}

async function serve(role: 'agent' | 'supervisor' = 'supervisor', file?: string) {
  const path = file ?? join(mkdtempSync(join(tmpdir(), 'kefu-suggest-')), 'kefu.sqlite');
  const database = openDatabase({ file: path });
  opened.push(database);
  let now = NOW;
  const desk = startCore(database, { now: () => now });
  await desk.call('settings.save', { ...SAMPLE_SETTINGS, agent: { ...SAMPLE_SETTINGS.agent, role } });
  return { ...desk, database, path, tick: (ms: number) => (now += ms) };
}

type Row = Record<string, unknown>;
const learnedRows = (database: OpenedDatabase): Row[] =>
  database.sqlite.prepare('select * from phrase_questions order by text').all() as Row[];
const usageRows = (database: OpenedDatabase): Row[] =>
  database.sqlite
    .prepare('select source, response_ms, action from phrase_usages order by rowid')
    .all() as Row[];

describe('suggested replies over the contract', () => {
  it('suggests the pack phrase for a buyer question, with the phrase as the library has it and why', async () => {
    const { call } = await serve();
    const found = await call('phrases.suggest', { question: '亲 今天拍什么时候能发货呀？' });
    expect(found.question).not.toMatch(/[亲呀？]/);
    expect(found.hits).toHaveLength(3);
    const shortcuts = found.hits.map((hit) => hit.phrase.shortcut);
    expect(shortcuts).toContain('fh');
    const ship = found.hits.find((hit) => hit.phrase.shortcut === 'fh')!;
    const library = await call('phrases.library');
    expect(ship.phrase).toEqual(library.phrases.find((p) => p.shortcut === 'fh'));
    expect(ship.groupName).toBe('售前咨询');
    expect(ship.why.intents.length + ship.why.words.length).toBeGreaterThan(0);
    expect((await call('phrases.suggest', { question: '退货', limit: 1 })).hits).toHaveLength(1);
  });

  it('saves example questions with a phrase and refuses too many or too long ones', async () => {
    const { call, dispatch } = await serve();
    const group = (await call('phrases.library')).groups[0]!;
    const base = {
      groupId: group.id,
      title: '预售说明',
      shortcut: 'ys',
      body: '亲，这款是预售，付款后15天内发出。',
      tags: [],
      stage: 'presale',
      scope: 'team',
    };
    const saved = await call('phrases.save', { ...base, questions: [' 是预售吗 ', '多久能发', '多久能发'] });
    expect(saved.questions).toEqual(['是预售吗', '多久能发']);
    expect((await call('phrases.questions', { phraseId: saved.id })).examples).toEqual([
      '是预售吗',
      '多久能发',
    ]);
    // A caller that does not know the field yet keeps them; an empty list clears them.
    const retitled = await call('phrases.save', { ...base, id: saved.id, title: '预售' });
    expect(retitled.questions).toEqual(['是预售吗', '多久能发']);
    expect((await call('phrases.save', { ...base, id: saved.id, questions: [] })).questions).toEqual([]);

    const tooMany = await dispatch('phrases.save', {
      ...base,
      questions: Array.from({ length: 31 }, (_, i) => `问题${i}`),
    });
    expect(tooMany).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        details: { issues: [{ path: ['questions'], messageKey: 'validation.phrase.tooManyQuestions' }] },
      },
    });
    const tooLong = await dispatch('phrases.save', { ...base, questions: ['问'.repeat(201)] });
    expect(tooLong).toMatchObject({
      ok: false,
      error: {
        details: { issues: [{ path: ['questions', 0], messageKey: 'validation.phrase.questionTooLong' }] },
      },
    });
  });

  it('learns the question of a pick in the usage transaction, times a hotkey question and says how the phrase was found', async () => {
    const { call, database, tick } = await serve();
    const ship = (await call('phrases.library')).phrases.find((p) => p.shortcut === 'fh')!;
    const takenAt = NOW;
    tick(8_400);
    await call('phrases.deliver', {
      phraseId: ship.id,
      mode: 'paste',
      question: { text: '亲，我这单啥时候能发货呀？', takenAt, via: 'suggestion' },
    });
    tick(60_000);
    await call('phrases.deliver', {
      phraseId: ship.id,
      mode: 'copy',
      question: { text: '我这单啥时候能发货', via: 'search' },
    });
    await call('phrases.deliver', { phraseId: ship.id, mode: 'paste', pinned: true });
    await call('phrases.deliver', { phraseId: ship.id, mode: 'paste' });
    // Taken two hours ago: a question left on the clipboard, not one reply's time.
    await call('phrases.deliver', {
      phraseId: ship.id,
      mode: 'paste',
      question: { text: '发货', takenAt: NOW - 2 * 3_600_000, via: 'suggestion' },
    });
    expect(usageRows(database)).toEqual([
      { source: 'suggestion', response_ms: 8_400, action: 'paste' },
      { source: 'search', response_ms: null, action: 'copy' },
      { source: 'pinned', response_ms: null, action: 'paste' },
      { source: 'search', response_ms: null, action: 'paste' },
      { source: 'suggestion', response_ms: null, action: 'paste' },
    ]);

    const learned = learnedRows(database);
    const main = learned.find((row) => row.picks === 2)!;
    expect(main).toMatchObject({ phrase_id: ship.id, last_used_at: NOW + 68_400, deleted_at: null });
    expect(main.text).toBe(normalizeQuestion('我这单啥时候能发货'));
    expect(main.text).not.toMatch(/[亲呀，？]/);
    const listed = await call('phrases.questions', { phraseId: ship.id });
    expect(listed.learned[0]).toEqual({ text: main.text, picks: 2, lastUsedAt: NOW + 68_400 });
    expect(listed.examples.length).toBeGreaterThanOrEqual(3);
  });

  it('never stores the buyer nick or the order number a question carries', async () => {
    const { call, database } = await serve();
    const ship = (await call('phrases.library')).phrases.find((p) => p.shortcut === 'fh')!;
    await call('phrases.deliver', {
      phraseId: ship.id,
      mode: 'paste',
      context: { buyerNick: '花花小店', orderNo: '3141592653589793' },
      question: {
        text: '我是花花小店 tb_lily1988，订单3141592653589793 @小鹿家居 怎么还没发货 JD0012345ABC',
        via: 'suggestion',
      },
    });
    const [row] = learnedRows(database);
    const text = String(row!.text);
    expect(text).toContain('发货');
    for (const leaked of ['花花', 'lily', 'tb', '3141', '#', '小鹿', 'jd', 'abc'])
      expect(text).not.toContain(leaked);
    const stored = JSON.stringify(database.sqlite.prepare('select * from phrase_questions').all());
    expect(stored).not.toMatch(/花花小店|lily|3141592653589793|JD0012345ABC/i);
  });

  it('lets a supervisor prune a learned question, which no desk learns for that phrase again; an agent may not', async () => {
    const supervisor = await serve('supervisor');
    const ship = (await supervisor.call('phrases.library')).phrases.find((p) => p.shortcut === 'fh')!;
    const pick = { phraseId: ship.id, mode: 'paste', question: { text: '啥时候发货', via: 'suggestion' } };
    const text = normalizeQuestion('啥时候发货');
    await supervisor.call('phrases.deliver', pick);

    const agent = await serve('agent', supervisor.path.replace('kefu.sqlite', 'agent.sqlite'));
    const agentShip = (await agent.call('phrases.library')).phrases.find((p) => p.shortcut === 'fh')!;
    await agent.call('phrases.deliver', { ...pick, phraseId: agentShip.id });
    expect(await agent.dispatch('phrases.pruneQuestion', { phraseId: agentShip.id, text })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', messageKey: 'errors.phrase.pruneSupervisorOnly' },
    });
    expect(learnedRows(agent.database)).toHaveLength(1);

    expect(await supervisor.call('phrases.pruneQuestion', { phraseId: ship.id, text })).toBeNull();
    expect(learnedRows(supervisor.database)).toMatchObject([{ text, deleted_at: NOW }]);
    expect((await supervisor.call('phrases.questions', { phraseId: ship.id })).learned).toEqual([]);
    await supervisor.call('phrases.deliver', pick);
    expect(learnedRows(supervisor.database)).toMatchObject([{ picks: 1, deleted_at: NOW }]);
    expect(await supervisor.dispatch('phrases.pruneQuestion', { phraseId: ship.id, text })).toMatchObject({
      ok: false,
      error: { code: 'notFound', messageKey: 'errors.phrase.learnedQuestionNotFound' },
    });
  });

  it('picks raise their phrase for that question from the next suggestion on, until it ranks first', async () => {
    const { call } = await serve();
    const question = '那我先去忙了，回头再聊';
    const before = await call('phrases.suggest', { question });
    // The runner-up: a phrase the engine already finds relevant, which the team keeps choosing.
    const picked = before.hits[1]!;
    const pick = {
      phraseId: picked.phrase.id,
      mode: 'paste',
      question: { text: question, via: 'suggestion' },
    };
    await call('phrases.deliver', pick);
    const once = await call('phrases.suggest', { question });
    expect(once.hits.find((hit) => hit.phrase.id === picked.phrase.id)!.score).toBeGreaterThan(picked.score);
    await call('phrases.deliver', pick);
    await call('phrases.deliver', pick);
    const after = await call('phrases.suggest', { question });
    expect(after.hits[0]!.phrase.id).toBe(picked.phrase.id);
    expect(after.hits[0]!.why.question).toBe(after.question);
  });
});

describe('frecency on the host', () => {
  it("breaks a tie between equally relevant replies in the agent's favour, in suggestions and in search", async () => {
    const { call } = await serve();
    const group = (await call('phrases.library')).groups[0]!;
    const twin = (shortcut: string) =>
      call('phrases.save', {
        groupId: group.id,
        title: '刻字服务',
        shortcut,
        body: '亲，刻字免费，留言写上要刻的字就好。',
        tags: [],
        stage: 'presale',
        scope: 'team',
      });
    const first = await twin('kza');
    const second = await twin('kzb');
    const question = '可以帮我刻字吗';
    const before = await call('phrases.suggest', { question, limit: 2 });
    expect(before.hits.map((hit) => hit.phrase.id).sort()).toEqual([first.id, second.id].sort());
    expect(before.hits[0]!.score).toBe(before.hits[1]!.score);
    const later = before.hits[1]!.phrase.id;
    await call('phrases.deliver', { phraseId: later, mode: 'copy' });
    const after = await call('phrases.suggest', { question, limit: 2 });
    expect(after.hits[0]!.phrase.id).toBe(later);
    const searched = await call('phrases.search', { query: '刻字服务', limit: 2 });
    expect(searched.hits[0]!.phrase.id).toBe(later);
  });
});

describe('example questions for desks seeded before the packs had them', () => {
  it('fills the pack questions of seeded phrases nobody edited, once', async () => {
    const first = await serve();
    const { sqlite } = first.database;
    // As an older version seeded them: no questions; one phrase edited since.
    sqlite.prepare(`update phrases set questions = '[]'`).run();
    const edited = sqlite.prepare(`select id from phrases where shortcut = 'kc'`).pluck().get() as string;
    sqlite.prepare('update phrases set updated_at = updated_at + 1 where id = ?').run(edited);
    first.database.close();
    opened.splice(opened.indexOf(first.database), 1);

    const reopened = openDatabase({ file: first.path });
    opened.push(reopened);
    const desk = startCore(reopened, { now: () => NOW + 1_000 });
    const phrases = (await desk.call('phrases.library')).phrases;
    expect(phrases.find((p) => p.shortcut === 'fh')!.questions).toContain('啥时候发货啊');
    expect(phrases.find((p) => p.id === edited)!.questions).toEqual([]);
    const empty = phrases.filter((p) => p.questions.length === 0);
    expect(empty.map((p) => p.id)).toEqual([edited]);
  });
});

describe('example questions through import and export files', () => {
  it('imports 买家问题 from a GBK CSV, exports them to XLSX, and suggests the imported phrase from them', async () => {
    const { call } = await serve();
    const csv = [
      '分组,快捷编码,短语内容,买家问题',
      '定制服务,kz,亲，刻字免费，下单时在留言里写上要刻的字就可以啦。,能刻字吗 | 可以刻名字不，要钱吗',
    ].join('\r\n');
    const contentBase64 = iconv.encode(csv, 'gbk').toString('base64');
    const report = await call('phrases.importApply', { fileName: '定制.csv', contentBase64 });
    expect(report.toAdd).toHaveLength(1);
    const imported = (await call('phrases.library')).phrases.find((p) => p.shortcut === 'kz')!;
    expect(imported.questions).toEqual(['能刻字吗', '可以刻名字不，要钱吗']);

    const exported = await call('phrases.export', { format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(Buffer.from(exported.contentBase64, 'base64')).buffer);
    const sheet = workbook.worksheets[0]!;
    const header = sheet.getRow(1).values as unknown[];
    const column = header.indexOf('买家问题');
    expect(column).toBeGreaterThan(0);
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(2).value === 'kz')!;
    expect(row.getCell(column).value).toBe('能刻字吗 | 可以刻名字不，要钱吗');

    const found = await call('phrases.suggest', { question: '亲，可以帮我刻个名字吗' });
    expect(found.hits[0]!.phrase.id).toBe(imported.id);
  });
});
