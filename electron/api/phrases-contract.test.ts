import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { createLibrarySearch } from '../../common/phrases/library-search';
import { openDatabase, type OpenedDatabase } from '../../db/open-database';
import { createCoreServices } from '../core/core-services';
import { HEADLESS_SHELL } from '../core/platform/headless-shell';
import type { PasteInjector } from '../core/platform/paste-injector';
import { SAMPLE_SETTINGS } from '../core/test-support/sample-settings';
import type { ApiResult } from './api-result';
import type { MethodName, MethodOutput } from './contract';
import { createDispatcher } from './dispatch';
import { createHandlers } from './handlers';
import { createMemoryNotifier } from '../core/test-support/memory-notifier';

const opened: OpenedDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** 2026-11-24 14:05 in Shanghai. */
const NOW = Date.UTC(2026, 10, 24, 6, 5);

function recordingInjector() {
  const delivered: { text: string; mode: 'paste' | 'copy' }[] = [];
  const injector: PasteInjector = {
    async paste(text) {
      delivered.push({ text, mode: 'paste' });
      return { status: 'pasted' };
    },
    async copy(text) {
      delivered.push({ text, mode: 'copy' });
    },
  };
  return { injector, delivered };
}

async function serve(role: 'agent' | 'supervisor' = 'supervisor') {
  const database = openDatabase({ file: join(mkdtempSync(join(tmpdir(), 'kefu-phrases-')), 'kefu.sqlite') });
  opened.push(database);
  let now = NOW;
  const { injector, delivered } = recordingInjector();
  const core = createCoreServices({
    database,
    clock: { now: () => now },
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
  await call('settings.save', { ...SAMPLE_SETTINGS, agent: { ...SAMPLE_SETTINGS.agent, role } });
  return { dispatch, call, delivered, database, tick: (ms: number) => (now += ms) };
}

const csv = (rows: string[][]) =>
  rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join('\r\n');
const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

describe('phrase library over the contract', () => {
  it('seeds the default zh-CN pack and lint rules once, at first-run setup', async () => {
    const { call, database } = await serve();
    const library = await call('phrases.library');
    expect(library.groups.length).toBeGreaterThanOrEqual(4);
    expect(library.phrases.length).toBeGreaterThanOrEqual(30);
    expect(library.canWriteTeam).toBe(true);
    expect((await call('lint.rules')).length).toBeGreaterThan(10);

    await call('settings.save', {
      ...SAMPLE_SETTINGS,
      shop: { ...SAMPLE_SETTINGS.shop, cutoffTime: '17:00' },
    });
    expect(database.sqlite.prepare('select count(*) from phrases').pluck().get()).toBe(
      library.phrases.length,
    );
  });

  it('ranks a 发货 phrase first for `fh` and fills its variables from settings and context', async () => {
    const { call } = await serve();
    const found = await call('phrases.search', { query: 'fh' });
    expect(found.hits[0]?.phrase.shortcut).toBe('fh');
    expect(found.hits[0]?.phrase.title).toContain('发货');

    const custom = await call('phrases.save', {
      groupId: found.hits[0]!.phrase.groupId,
      title: '发货提醒',
      shortcut: 'fhtx',
      body: '{买家昵称}您好，{店铺名}今天{截单时间}前付款的订单当天发出，满{包邮门槛}元包邮。{客服名}（{工号}）',
      tags: [],
      stage: 'insale',
      scope: 'team',
    });
    const rendered = await call('phrases.render', {
      phraseId: custom.id,
      context: { buyerNick: 'tb_小雨2026' },
    });
    expect(rendered).toMatchObject({
      complete: true,
      missing: [],
      text: 'tb_小雨2026您好，小鹿家居旗舰店今天16:30前付款的订单当天发出，满99元包邮。林小雨（KF007）',
    });
  });

  // Issue 14, item 12: 催付 says 今天就能发出; offered after the shop's 截单时间 that is a false promise.
  it('warns in the panel preview when a phrase promises same-day shipping after the cut-off', async () => {
    const { call, tick } = await serve();
    const urge = (await call('phrases.search', { query: 'cf' })).hits[0]!.phrase;
    const render = () => call('phrases.render', { phraseId: urge.id, context: { buyerNick: '小鹿买家' } });
    const pastCutoff = async () =>
      (await render()).findings.filter((finding) => finding.category === 'pastCutoff');
    expect(await pastCutoff()).toEqual([]);
    tick(3 * 3_600_000); // 17:05 in Shanghai, past the 16:30 cut-off
    expect(await pastCutoff()).toMatchObject([
      { text: '今天就能发出', severity: 'warning', cutoffTime: '16:30' },
    ]);
  });

  // Issue 14, item 1: with an imported order in the context line, 发货通知 told the buyer the
  // shop's default courier and still asked for the tracking number.
  describe('variables of the order in the context line', () => {
    const FIXTURE_ORDERS = new URL('../../../shared/fixtures/taobao-orders-sample.csv', import.meta.url);
    async function withImport() {
      const served = await serve();
      const { readFileSync } = await import('node:fs');
      await served.call('orders.importApply', {
        fileName: 'taobao.csv',
        contentBase64: base64(readFileSync(FIXTURE_ORDERS)),
      });
      const phrases = (await served.call('phrases.library')).phrases;
      const byCode = (code: string) => phrases.find((phrase) => phrase.shortcut === code)!;
      const render = (code: string, context: Record<string, string>) =>
        served.call('phrases.render', { phraseId: byCode(code).id, context });
      return { ...served, render };
    }

    it('{快递公司} and {运单号} come from the order, in 发货通知 and 物流跟进', async () => {
      const { render } = await withImport();
      for (const code of ['fhtz', 'wl']) {
        const rendered = await render(code, { orderNo: '3321009876543210003' });
        expect(rendered.complete, code).toBe(true);
        expect(rendered.text, code).toContain('圆通速递');
        expect(rendered.text, code).toContain('YT7000000000003');
        expect(rendered.text, code).not.toContain('中通');
      }
    });

    it('{订单号} is the order in context and {买家昵称} its buyer when none was typed', async () => {
      const { render } = await withImport();
      const rendered = await render('fhtz', { orderNo: '3321009876543210003' });
      expect(rendered.text).toContain('您的订单3321009876543210003已于');
      const custom = await render('wl', { orderNo: '3321009876543210003', buyerNick: '' });
      expect(custom.complete).toBe(true);
    });

    it('{买家昵称} and {实付金额} follow the order; a nick typed in the context line wins', async () => {
      const { call } = await withImport();
      const [group] = (await call('phrases.library')).groups;
      const phrase = await call('phrases.save', {
        groupId: group!.id,
        title: '实付确认',
        shortcut: 'sfqr',
        body: '{买家昵称}您好，订单实付{实付金额}元已收到。',
        tags: [],
        stage: 'general',
        scope: 'team',
      });
      const rendered = await call('phrases.render', {
        phraseId: phrase.id,
        context: { orderNo: '3321009876543210002' },
      });
      expect(rendered).toMatchObject({ complete: true, text: 'tb_88213您好，订单实付299.00元已收到。' });
      const typed = await call('phrases.render', {
        phraseId: phrase.id,
        context: { orderNo: '3321009876543210002', buyerNick: '小周' },
      });
      expect(typed.text).toBe('小周您好，订单实付299.00元已收到。');
    });

    it('an order without a courier yet takes the shop default; an unknown order number asks', async () => {
      const { render } = await withImport();
      const unshipped = await render('fhtz', { orderNo: '3321009876543210002' });
      expect(unshipped.text).toContain('中通');
      expect(unshipped.missing).toEqual(['trackingNo']);
      const unknown = await render('wl', { orderNo: '9999' });
      expect(unknown.missing).toEqual(['trackingNo']);
    });
  });

  it('asks for missing variables and never delivers a raw {…}', async () => {
    const { call, dispatch, delivered } = await serve();
    const [group] = (await call('phrases.library')).groups;
    const phrase = await call('phrases.save', {
      groupId: group!.id,
      title: '核对地址',
      shortcut: 'hd',
      body: '{买家昵称}，您的订单{订单号}将发往这个地址，请核对。',
      tags: [],
      stage: 'insale',
      scope: 'team',
    });
    const rendered = await call('phrases.render', { phraseId: phrase.id });
    expect(rendered.complete).toBe(false);
    expect(rendered.missing.sort()).toEqual(['buyerNick', 'orderNo']);

    const refused = await dispatch('phrases.deliver', { phraseId: phrase.id, mode: 'paste' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'incomplete', messageKey: 'errors.phrase.incomplete' },
    });
    expect(delivered).toEqual([]);

    const done = await call('phrases.deliver', {
      phraseId: phrase.id,
      mode: 'paste',
      values: { buyerNick: '小雨', orderNo: '3412345678901234567' },
    });
    expect(done).toEqual({
      outcome: { status: 'pasted' },
      text: '小雨，您的订单3412345678901234567将发往这个地址，请核对。',
    });
    expect(delivered).toEqual([{ text: done.text, mode: 'paste' }]);
  });

  it('counts a reply to a known buyer as contact on the customer record', async () => {
    const { call, tick } = await serve();
    const buyer = await call('customers.save', { nick: 'tb_小雨2026' });
    expect(buyer.lastContactAt).toBeNull();
    const phraseId = (await call('phrases.search', { query: 'fh' })).hits[0]!.phrase.id;
    const at = tick(5 * 60_000);
    await call('phrases.deliver', { phraseId, mode: 'copy', context: { buyerNick: 'tb_小雨2026' } });
    expect((await call('customers.get', { id: buyer.id })).customer.lastContactAt).toBe(at);
    expect((await call('customers.get', { id: buyer.id })).phraseUses).toHaveLength(1);
  });

  it('lets the agent’s own use decide between equally good matches', async () => {
    const { call, tick } = await serve();
    const [group] = (await call('phrases.library')).groups;
    const make = (title: string) =>
      call('phrases.save', {
        groupId: group!.id,
        title,
        shortcut: '',
        body: `${title}。`,
        tags: [],
        stage: 'general',
        scope: 'team',
      });
    const first = await make('尺码推荐 A');
    const second = await make('尺码推荐 B');
    const before = await call('phrases.search', { query: '尺码推荐' });
    const order = (hits: typeof before.hits) =>
      hits.filter((h) => [first.id, second.id].includes(h.phrase.id)).map((h) => h.phrase.id);
    expect(order(before.hits)).toEqual([first.id, second.id]);

    for (let i = 0; i < 3; i += 1) {
      tick(60_000);
      await call('phrases.deliver', { phraseId: second.id, mode: 'copy' });
    }
    const after = await call('phrases.search', { query: '尺码推荐' });
    expect(order(after.hits)).toEqual([second.id, first.id]);
  });

  it('gives the panel a revision that moves with every library write, and the agent’s uses', async () => {
    const { call, tick } = await serve();
    const { revision: start } = await call('phrases.revision');
    expect(await call('phrases.revision')).toEqual({ revision: start });
    const [group] = (await call('phrases.library')).groups;
    const saved = await call('phrases.save', {
      groupId: group!.id,
      title: '修改地址',
      shortcut: 'gdz',
      body: '亲，地址已帮您修改好了。',
      tags: [],
      stage: 'insale',
      scope: 'team',
    });
    const { revision: afterSave } = await call('phrases.revision');
    expect(afterSave).not.toBe(start);
    await call('groups.save', {
      id: group!.id,
      name: `${group!.name}（改）`,
      stage: group!.stage,
      scope: group!.scope,
    });
    const { revision: afterRename } = await call('phrases.revision');
    expect(afterRename).not.toBe(afterSave);
    await call('phrases.delete', { id: saved.id });
    expect((await call('phrases.revision')).revision).not.toBe(afterRename);

    expect((await call('phrases.uses')).uses).toEqual([]);
    const plain = await call('phrases.save', {
      groupId: group!.id,
      title: '稍等',
      shortcut: 'sd',
      body: '亲，请稍等，马上为您查询。',
      tags: [],
      stage: 'general',
      scope: 'team',
    });
    tick(1000);
    await call('phrases.deliver', { phraseId: plain.id, mode: 'copy' });
    expect((await call('phrases.uses')).uses).toEqual([{ phraseId: plain.id, usedAt: [NOW + 1000] }]);
  });

  it('packs for the panel exactly the phrases and groups phrases.library lists, with the revision', async () => {
    const { call, database } = await serve();
    const [group] = (await call('phrases.library')).groups;
    const mine = await call('phrases.save', {
      groupId: group!.id,
      title: '我的备注',
      shortcut: 'wdbz',
      body: '亲，已为您备注。',
      tags: ['备注', '私人'],
      stage: 'insale',
      scope: 'personal',
    });
    const gone = await call('phrases.save', {
      groupId: group!.id,
      title: '旧话术',
      shortcut: '',
      body: '亲，旧的。',
      tags: [],
      stage: 'general',
      scope: 'team',
    });
    await call('phrases.delete', { id: gone.id });
    // Another agent's personal phrase: in this shop's table, visible to nobody else.
    database.sqlite
      .prepare(
        `INSERT INTO phrases (id, shop_id, owner_id, scope, created_at, updated_at, group_id, title, body)
         SELECT '00000000-0000-4000-8000-000000000001', shop_id, 'another-agent', 'personal', 1, 1, group_id, '别人的', '别人的'
         FROM phrases WHERE id = ?`,
      )
      .run(mine.id);

    const listed = await call('phrases.library');
    const packed = await call('phrases.panelLibrary');
    expect(packed.revision).toBe((await call('phrases.revision')).revision);
    expect(packed.groups).toEqual(listed.groups);
    const columns = packed.phrases;
    const unpacked = columns.id.map((id, i) => ({
      id,
      groupId: columns.groupId[i],
      title: columns.title[i],
      shortcut: columns.shortcut[i],
      body: columns.body[i],
      tags: columns.tags[i],
      questions: columns.questions[i],
      stage: columns.stage[i],
      scope: columns.scope[i],
      sortOrder: columns.sortOrder[i],
      updatedAt: columns.updatedAt[i],
    }));
    expect(unpacked).toEqual(listed.phrases);
    expect(unpacked.map((p) => p.title)).toContain('我的备注');
    expect(unpacked.map((p) => p.title)).not.toContain('旧话术');
    expect(unpacked.map((p) => p.title)).not.toContain('别人的');
    expect(unpacked.find((p) => p.id === mine.id)!.tags).toEqual(['备注', '私人']);
  });

  it('ranks the same in the panel’s own index as in the host’s search', async () => {
    const { call } = await serve();
    const library = await call('phrases.library');
    const panel = createLibrarySearch<(typeof library.phrases)[number]>();
    panel.sync(library.groups, library.phrases);
    for (const query of ['fh', '发货', 'tuihuo', 'kd', 'ship', '亲', '']) {
      const host = await call('phrases.search', { query, limit: 50 });
      const local = panel.search(query, 50);
      expect(local.total, query).toBe(host.total);
      expect(
        local.hits.map((h) => [h.phrase.title, h.groupName, h.tier]),
        query,
      ).toEqual(host.hits.map((h) => [h.phrase.title, h.groupName, h.tier]));
    }
  });

  it('keeps team phrases and lint rules for supervisors; agents keep their own', async () => {
    const { call, dispatch } = await serve('agent');
    const library = await call('phrases.library');
    expect(library.canWriteTeam).toBe(false);
    const teamGroup = library.groups[0]!;
    const teamPhrase = library.phrases.find((p) => p.scope === 'team')!;

    const { sortOrder: _order, updatedAt: _at, ...editable } = teamPhrase;
    expect(await dispatch('phrases.save', { ...editable, title: '改掉团队话术' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', messageKey: 'errors.phrase.teamOnlySupervisor' },
    });
    expect(await dispatch('phrases.delete', { id: teamPhrase.id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(
      await dispatch('lint.saveRule', {
        category: 'negative',
        pattern: '不行',
        isRegex: false,
        suggestion: '',
        severity: 'warning',
        enabled: true,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });

    const mine = await call('phrases.save', {
      groupId: teamGroup.id,
      title: '我的开场白',
      shortcut: 'wd',
      body: '您好，我是{客服名}，很高兴为您服务。',
      tags: ['开场'],
      stage: 'presale',
      scope: 'personal',
    });
    expect(mine.scope).toBe('personal');
    expect((await call('phrases.search', { query: 'wd' })).hits[0]?.phrase.id).toBe(mine.id);
  });

  it('lints a draft: absolute words and off-platform diversion are flagged with their spans', async () => {
    const { call } = await serve();
    const preview = await call('phrases.preview', { body: '这是全网最低价，加我微信再优惠。' });
    const flagged = preview.findings.map((f) => ({ text: f.text, category: f.category }));
    expect(flagged).toEqual(
      expect.arrayContaining([
        { text: expect.stringContaining('最'), category: 'absolute' },
        { text: expect.stringContaining('微信'), category: 'diversion' },
      ]),
    );
    const weixin = preview.findings.find((f) => f.category === 'diversion')!;
    expect('这是全网最低价，加我微信再优惠。'.slice(weixin.start, weixin.end)).toBe(weixin.text);
  });

  it('imports a GBK CSV all-or-nothing: a bad row writes nothing, a clean file once, a re-import adds nothing', async () => {
    const { call, dispatch } = await serve();
    const countBefore = (await call('phrases.library')).phrases.length;
    const header = ['分组', '快捷编码', '短语内容', '阶段'];
    const bad = iconv.encode(
      csv([
        header,
        ['活动', 'hd1', '双十一活动，满300减40，"限时"三天。', '售前'],
        ['活动', 'hd2', '', '售前'],
        ['活动', 'hd3', '赠品随机发，数量有限。', '半价'],
      ]),
      'gbk',
    );
    const report = await call('phrases.importPreview', { fileName: '话术.csv', contentBase64: base64(bad) });
    expect(report.encoding).toBe('gbk');
    expect(report.invalid.map((p) => p.row).sort()).toEqual([3, 4]);
    expect(
      await dispatch('phrases.importApply', { fileName: '话术.csv', contentBase64: base64(bad) }),
    ).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.import.hasInvalidRows' },
    });
    expect((await call('phrases.library')).phrases.length).toBe(countBefore);

    const good = iconv.encode(
      csv([
        header,
        ['活动', 'hd1', '双十一活动，满300减40，"限时"三天。', '售前'],
        ['活动', 'hd3', '赠品随机发，数量有限。', '售前'],
      ]),
      'gbk',
    );
    const applied = await call('phrases.importApply', { fileName: '话术.csv', contentBase64: base64(good) });
    expect(applied.toAdd).toHaveLength(2);
    const library = await call('phrases.library');
    expect(library.phrases.length).toBe(countBefore + 2);
    expect(library.groups.map((g) => g.name)).toContain('活动');
    expect((await call('phrases.search', { query: 'hd1' })).hits[0]?.phrase.body).toBe(
      '双十一活动，满300减40，"限时"三天。',
    );

    const again = await call('phrases.importApply', { fileName: '话术.csv', contentBase64: base64(good) });
    expect(again.toAdd).toHaveLength(0);
    expect(again.duplicates).toHaveLength(2);
    expect((await call('phrases.library')).phrases.length).toBe(countBefore + 2);
  });

  it('exports the library and re-imports it as all duplicates', async () => {
    const { call } = await serve();
    const total = (await call('phrases.library')).phrases.length;
    for (const format of ['csv', 'xlsx', 'json'] as const) {
      const file = await call('phrases.export', { format });
      expect(file.fileName.endsWith(`.${format}`)).toBe(true);
      const report = await call('phrases.importPreview', {
        fileName: file.fileName,
        contentBase64: file.contentBase64,
      });
      expect(report.invalid).toEqual([]);
      expect(report.toAdd).toEqual([]);
      expect(report.duplicates).toHaveLength(total);
    }
  });

  it('rejects two of our own hotkeys on the same keys', async () => {
    const { call, dispatch } = await serve();
    const state = await call('hotkeys.get');
    const phraseId = (await call('phrases.library')).phrases[0]!.id;
    const clash = {
      ...state.settings,
      pinned: state.settings.pinned.map((pin) =>
        pin.slot === 1 ? { ...pin, phraseId, accelerator: state.settings.panel } : pin,
      ),
    };
    expect(await dispatch('hotkeys.save', clash)).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        details: {
          issues: [
            {
              path: ['pinned', 0, 'accelerator'],
              messageKey: 'validation.hotkey.conflict',
              params: { with: 'panel' },
            },
          ],
        },
      },
    });
    const ok = await call('hotkeys.save', {
      ...state.settings,
      pinned: state.settings.pinned.map((pin) => (pin.slot === 1 ? { ...pin, phraseId } : pin)),
    });
    expect(ok.settings.pinned[0]).toEqual({ slot: 1, phraseId, accelerator: 'Ctrl+Alt+1' });
    expect((await call('hotkeys.get')).settings.pinned[0]?.phraseId).toBe(phraseId);
  });
});
