import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createOrderImportPlanner,
  importRowIds,
  type ChunkLookup,
  type CustomerRow,
} from './order-import-plan';
import type { OrderFileRow } from './order-row-read';

const NOW = Date.UTC(2026, 10, 24, 6, 5);
const NOTHING_STORED: ChunkLookup = {
  orders: new Map(),
  items: new Map(),
  customers: new Map(),
  invoicedOrderNos: new Set(),
};

function fileRow(row: number, buyerNick: string, receiverPhone: string): OrderFileRow {
  return {
    row,
    orderNo: String(3_321_000_000_000_000_000n + BigInt(row)),
    buyerNick,
    status: 'paid',
    goodsFen: 12800,
    postageFen: 0,
    totalFen: 12800,
    paidFen: 12800,
    buyerMessage: '',
    receiverName: '王小明',
    receiverAddress: '浙江省 杭州市 西湖区 文三路 100 号',
    receiverPhone,
    orderedAt: NOW,
    paidAt: NOW,
    shippedAt: null,
    itemTitle: '保温杯',
    quantity: 1,
    trackingNo: '',
    courier: '',
    remark: null,
    invoiceTitle: '',
  };
}

/** Every natural id free, as in an empty store. */
const planner = () =>
  createOrderImportPlanner({
    shopId: 'shop',
    agentId: 'agent',
    agentCode: '007',
    now: NOW,
    newId: randomUUID,
    ids: importRowIds('shop', (_table, candidate) => candidate),
  });

describe('order import plan', () => {
  it('writes a new buyer once, with every phone the file gives it across chunks', () => {
    const plan = planner();
    plan.planChunk([fileRow(2, 'tb_小鹿', '13800000001')], NOTHING_STORED);
    plan.planChunk(
      [fileRow(3, 'tb_小鹿', '13800000002'), fileRow(4, 'tb_小鹿', '13800000001')],
      NOTHING_STORED,
    );

    const writes = plan.writes();
    expect(writes.customerInserts).toHaveLength(1);
    expect(writes.customerInserts[0]).toMatchObject({
      nick: 'tb_小鹿',
      phones: ['13800000001', '13800000002'],
    });
    expect(writes.customerUpdates).toEqual([]);
    expect(new Set(writes.orderInserts.map((o) => o.customerId))).toEqual(
      new Set([writes.customerInserts[0]!.id]),
    );
    expect(plan.report()).toMatchObject({ added: 3, customersToCreate: 1 });
  });

  it('updates a stored buyer once, with the lists as the whole file leaves them', () => {
    const stored = {
      id: 'c1',
      nick: 'tb_老王',
      phones: ['13900000000'],
      addresses: [],
    } as unknown as CustomerRow;
    const lookup: ChunkLookup = { ...NOTHING_STORED, customers: new Map([['tb_老王', stored]]) };
    const plan = planner();
    plan.planChunk([fileRow(2, 'tb_老王', '13800000001')], lookup);
    plan.planChunk([fileRow(3, 'tb_老王', '13800000002')], lookup);

    expect(plan.writes().customerUpdates).toEqual([
      {
        id: 'c1',
        phones: ['13900000000', '13800000001', '13800000002'],
        addresses: ['浙江省 杭州市 西湖区 文三路 100 号'],
      },
    ]);
    expect(stored.phones).toEqual(['13900000000']);
  });

  it('lists the first 500 of a big file and counts all of it', () => {
    const plan = planner();
    plan.planChunk(
      Array.from({ length: 1200 }, (_, i) => fileRow(i + 2, `tb_${i}`, '')),
      NOTHING_STORED,
    );
    const report = plan.report();
    expect(report.added).toBe(1200);
    expect(report.toAdd).toHaveLength(500);
    expect(report.toAdd.at(-1)?.row).toBe(501);
    expect(plan.writes().orderInserts).toHaveLength(1200);
    expect(plan.changedOrderIds()).toHaveLength(1200);
  });
});
