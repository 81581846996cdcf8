import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open-database';
import { databaseFile } from '../core/data-dir';
import { inquiryLogInputSchema } from '../core/customers/inquiry-schema';
import { kefu, openSetUpShop } from './cli-test-harness';

const inquiryNicks = (dataDir: string) => {
  const database = openDatabase({ file: databaseFile(dataDir) });
  try {
    return database.sqlite
      .prepare('select c.nick from inquiries i join customers c on c.id = i.customer_id order by c.nick')
      .pluck()
      .all();
  } finally {
    database.close();
  }
};

describe('kefu db restore', () => {
  it('puts a backup back after checking it, and keeps the replaced database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-restore-cli-'));
    const { database, core } = openSetUpShop(dir);
    core.inquiries.log(inquiryLogInputSchema.parse({ buyerNick: 'tb_88213', outcome: 'converted' }));
    database.close();
    const backup = join(dir, '周一.sqlite');
    expect(kefu(dir, 'db', 'backup', '--out', backup).code).toBe(0);

    const later = openSetUpShop(dir);
    later.core.inquiries.log(inquiryLogInputSchema.parse({ buyerNick: '雨后彩虹_', outcome: 'pending' }));
    later.database.close();
    expect(inquiryNicks(dir)).toEqual(['tb_88213', '雨后彩虹_']);

    const restored = kefu(dir, 'db', 'restore', backup);
    expect(restored.err).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.out).toMatch(
      /^已从备份恢复：订单 0，客户 1，短语 \d+。原来的数据库已另存为 .*kefu-before-restore-\d{8}-\d{6}\.sqlite\n$/,
    );
    expect(inquiryNicks(dir)).toEqual(['tb_88213']);
    expect(readdirSync(join(dir, 'backups')).some((name) => name.startsWith('kefu-before-restore-'))).toBe(
      true,
    );
  });

  it('refuses a file that is not a backup, in Chinese, and changes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-restore-cli-bad-'));
    const { database, core } = openSetUpShop(dir);
    core.inquiries.log(inquiryLogInputSchema.parse({ buyerNick: 'tb_88213', outcome: 'converted' }));
    database.close();
    const notBackup = join(dir, '订单.csv');
    writeFileSync(notBackup, '订单编号,买家会员名\n');

    const refused = kefu(dir, 'db', 'restore', notBackup);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/^没有恢复：无法打开数据库文件 .*订单\.csv/);
    expect(inquiryNicks(dir)).toEqual(['tb_88213']);
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });
});
