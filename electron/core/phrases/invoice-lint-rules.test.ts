import { describe, expect, it } from 'vitest';
import { DEFAULT_LINT_RULES } from './default-lint-rules';
import { lintReply, type LintRuleData } from './reply-lint';

const rules: LintRuleData[] = DEFAULT_LINT_RULES.map((r, i) => ({ ...r, id: `d${i}` }));
const invoiceFindings = (reply: string) =>
  lintReply(reply, rules)
    .filter((f) => f.category === 'invoice')
    .map((f) => ({ text: f.text, severity: f.severity }));

describe('the default invoice rules (发票违规承诺)', () => {
  it.each([
    ['可以给您开具虚假发票的', '虚假发票'],
    ['亲，虚开一张没问题', '虚开'],
    ['发票可以多开点，方便您报销', '多开'],
    ['金额开高一点也行', '金额开高'],
    ['品名可以改成办公用品', '品名可以改'],
    ['我们帮您改品名', '改品名'],
    ['这个是不含税价，开票另算', '不含税'],
    ['不要发票的话可以便宜20', '不要发票的话可以便宜'],
    ['开票需要加税点哦', '开票需要加税点'],
  ])('refuses “%s”', (reply, text) => {
    expect(invoiceFindings(reply)).toContainEqual({ text, severity: 'error' });
  });

  it.each([
    ['Sure, we can make a fake invoice for you', 'fake invoice'],
    ['We can invoice you for more than the order', 'invoice you for more than'],
    ['We can change the item name on the invoice', 'change the item name on the invoice'],
    ['That is the price excluding tax', 'excluding tax'],
  ])('refuses “%s”', (reply, text) => {
    expect(invoiceFindings(reply)).toContainEqual({ text, severity: 'error' });
  });

  it.each([
    '祝您生活多开心！',
    '发票按实付金额开具，电子发票发到您的邮箱',
    '商品价格已含税，开票不另外收费',
    'The invoice shows the amount you paid, tax included.',
  ])('stays quiet on the honest answer “%s”', (reply) => {
    expect(invoiceFindings(reply)).toEqual([]);
  });
});
