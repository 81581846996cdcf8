import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { orders } from '../../db/schema';
import { SAMPLE_SETTINGS } from '../core/test-support/sample-settings';
import { openTestDesk } from '../core/test-support/test-desk';
import type { ApiResult, ValidationIssue } from './api-result';
import type { MethodName, MethodOutput } from './contract';
import { createDispatcher } from './dispatch';
import { createHandlers, isReadOnlyMethod } from './handlers';

/** 2026-11-24 10:00 in Shanghai. */
const NOW = Date.UTC(2026, 10, 24, 2, 0);

async function serve(role: 'agent' | 'supervisor') {
  const { core, database } = openTestDesk({
    clock: { now: () => NOW },
    prefix: 'kefu-checklist-api-',
    role: null,
  });
  const dispatch = createDispatcher(createHandlers(core));
  const call = async <M extends MethodName>(method: M, input: unknown = {}): Promise<MethodOutput<M>> => {
    const result = (await dispatch(method, input)) as ApiResult<MethodOutput<M>>;
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  await call('settings.save', { ...SAMPLE_SETTINGS, agent: { ...SAMPLE_SETTINGS.agent, role } });
  return { dispatch, call, database, shopId: core.settings.identity()!.shopId };
}

describe('checklist over the contract', () => {
  it('gives the agent today with live counts and asks for confirmation before checking a pending step', async () => {
    const { call, dispatch, database, shopId } = await serve('agent');
    database.db
      .insert(orders)
      .values({
        id: crypto.randomUUID(),
        shopId,
        createdAt: NOW,
        updatedAt: NOW,
        orderNo: '2890345501',
        status: 'unpaid',
      })
      .run();
    const today = await call('checklist.today');
    expect(today.day).toBe('2026-11-24');
    const urge = today.items.find((i) => i.stepKey === 'urgePayment')!;
    expect(urge).toMatchObject({
      count: 1,
      target: { page: 'orders', filter: { unpaid: true } },
      checkedAt: null,
    });
    const refused = await dispatch('checklist.check', { itemId: urge.id });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'confirmRequired',
        messageKey: 'checklist.error.confirmRequired',
        details: { count: 1 },
      },
    });
    const checked = await call('checklist.check', { itemId: urge.id, note: '已催', confirmed: true });
    expect(checked.items.find((i) => i.id === urge.id)).toMatchObject({ checkedAt: NOW, note: '已催' });
    expect((await call('checklist.uncheck', { itemId: urge.id })).progress.checked).toBe(0);
    // A check-off writes: it waits for an import like every other write.
    expect(isReadOnlyMethod('checklist.check')).toBe(false);
    expect(isReadOnlyMethod('reports.export')).toBe(false);
  });

  it('shows the agent the template read-only and refuses their edits', async () => {
    const { call, dispatch } = await serve('agent');
    const template = await call('checklist.template');
    expect(template.editable).toBe(false);
    const refused = await dispatch('checklist.saveStep', { titleZh: '盘点', titleEn: 'Stocktake' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'forbidden', messageKey: 'checklist.error.supervisorsOnly' },
    });
    const reorder = await dispatch('checklist.reorder', {
      stepIds: template.steps.map((s) => s.id).reverse(),
    });
    expect(reorder).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('lets a supervisor edit the template and validates each field', async () => {
    const { call, dispatch } = await serve('supervisor');
    const template = await call('checklist.template');
    const groupId = template.steps.find((s) => s.stepKey === 'urgePayment')!.phraseGroupId;
    const saved = await call('checklist.saveStep', {
      titleZh: '晚班交接',
      titleEn: 'Hand over',
      helpZh: '把未完成的事写给晚班',
      anchorTime: '17:45',
      dataLink: 'overdueTasks',
      phraseGroupId: groupId,
    });
    expect(saved.steps.at(-1)).toMatchObject({
      titleZh: '晚班交接',
      anchorTime: '17:45',
      phraseGroupId: groupId,
    });
    const bad = await dispatch('checklist.saveStep', {
      titleZh: '',
      titleEn: 'x',
      anchorTime: '5pm',
      dataLink: 'all',
    });
    if (bad.ok) throw new Error('a bad step was saved');
    const issues = bad.error.details.issues as ValidationIssue[];
    expect(issues.map((i) => [i.path.join('.'), i.messageKey])).toEqual([
      ['titleZh', 'validation.checklist.titleRequired'],
      ['anchorTime', 'validation.checklist.anchorTime'],
      ['dataLink', 'validation.checklist.dataLink'],
    ]);
    const removed = await call('checklist.removeStep', { id: saved.steps.at(-1)!.id });
    expect(removed.steps).toHaveLength(12);
  });
});

describe('reports over the contract', () => {
  it('answers the daily log with its summary and exports it as a base64 file', async () => {
    const { call, dispatch } = await serve('agent');
    await call('inquiries.log', { buyerNick: 'tb_88213', outcome: 'converted' });
    await call('inquiries.log', { buyerNick: '雨后彩虹_', outcome: 'lost', lossReason: 'price' });
    const report = await call('reports.daily', { from: '2026-11-24', to: '2026-11-24' });
    expect(report.logs[0]!.inquiries).toMatchObject({ total: 2, converted: 1, conversionRate: 0.5 });
    expect(report.summary).toMatchObject({ days: 1, inquiries: { total: 2 } });
    const file = await call('reports.export', { from: '2026-11-24', to: '2026-11-24', format: 'xlsx' });
    expect(file).toMatchObject({
      fileName: '日报-KF007-2026-11-24.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(Buffer.from(file.contentBase64, 'base64')).buffer);
    expect(workbook.worksheets).toHaveLength(6);
    const backwards = await dispatch('reports.daily', { from: '2026-11-24', to: '2026-11-20' });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'validation' } });
    const tooLong = await dispatch('reports.export', { from: '2026-10-01', to: '2026-11-24', format: 'pdf' });
    expect(tooLong.ok).toBe(false);
    const other = await dispatch('reports.daily', {
      agentCode: 'KF001',
      from: '2026-11-24',
      to: '2026-11-24',
    });
    expect(other).toMatchObject({
      ok: false,
      error: { code: 'forbidden', messageKey: 'reports.error.otherAgent' },
    });
  });
});
