/**
 * `kefu`: the same core and contract as the app, for supervisors' scripts and support.
 * Exit codes: 0 ok, 1 the input was refused, 2 the database could not be used.
 *
 * This module is the command tree and its help only: what a command does is loaded when it runs
 * (cli-actions.ts), so `kefu --help` starts in a fraction of the time a command takes.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { POSITIONS } from '../../common/positions';
import { FIRST_RUN_DEFAULTS } from '../../common/settings/first-run-defaults';
import { INVOICE_KINDS, INVOICE_STATUSES, LANGUAGES, PROFILE_ROLES } from '../../db/enums';
import { defaultDataDir } from '../core/data-dir';
import { INVOICE_EXPORT_FORMATS } from '../core/invoices/invoice-export-formats';
import { ORDER_LIST_DEFAULT, ORDER_LIST_MAX } from '../core/orders/order-list-limits';
import { REPORT_FORMATS } from '../core/reports/report-formats';
import type { CliActionName } from './cli-actions';
import { CliFailure } from './cli-failure';
import { processOutput } from './cli-output';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export function buildProgram(): Command {
  const program = new Command('kefu')
    .description('Kefu Desk 客服台 command line')
    .version(version)
    .option('--data-dir <dir>', 'data directory', defaultDataDir());

  /** Commander calls an action with its arguments, then the options, then the command itself. */
  const run =
    (name: CliActionName) =>
    async (...args: unknown[]): Promise<void> => {
      const { runAction } = await import('./cli-actions');
      const context = { dataDir: program.opts<{ dataDir: string }>().dataDir, version };
      await runAction(name, context, args.slice(0, -1));
    };

  const shopOptions = (command: Command, threshold: string) =>
    command
      .option('--courier <name>', 'default courier (default: none)')
      .option(
        '--cutoff <HH:MM>',
        `the day's cut-off time for 催付 (default ${FIRST_RUN_DEFAULTS.cutoffTime})`,
      )
      .option('--free-shipping <yuan>', threshold)
      .option('--time-zone <zone>', `the shop's IANA time zone (default ${FIRST_RUN_DEFAULTS.timeZone})`)
      .option('--language <language>', `${LANGUAGES.join(' | ')} (default: the desk's, zh-CN on a new one)`)
      .option('--json', 'print JSON');

  shopOptions(
    program
      .command('setup')
      .description('first-run setup without the app, as its first-run form (the default phrase pack loaded)')
      .option('--name <name>', "the agent's name (姓名)")
      .option('--code <code>', '工号: letters, digits, - or _, up to 16')
      .option('--shop <name>', 'the shop name (店铺名)')
      .option('--role <role>', `${PROFILE_ROLES.join(' | ')} (default ${FIRST_RUN_DEFAULTS.role})`)
      .option('--position <position>', `岗位: ${POSITIONS.join(' | ')} (picks the default checklist)`),
    'free-shipping threshold (包邮门槛) in yuan, e.g. 99; required, as in the form (0: everything ships free)',
  ).action(run('setup'));

  shopOptions(
    program
      .command('join')
      .description(
        "first run by joining the shop's server: 工号, name, role and shop come from the token; then one sync",
      )
      .option('--server <url>', 'the sync server, e.g. https://kefu.example.com')
      .option('--token <token>', 'the token from kefu-server create-agent'),
    'free-shipping threshold (包邮门槛) in yuan (default: none yet, set it later in Settings)',
  ).action(run('join'));

  const settings = program.command('settings').description('read or change settings');
  settings.command('get [key]').option('--json', 'print JSON').action(run('settings.get'));
  settings.command('set <key> <value>').action(run('settings.set'));

  const phrases = program.command('phrases').description('phrase library: import, export, search, suggest');
  phrases
    .command('import <file>')
    .option('--dry-run', 'report what would happen, write nothing')
    .option('--json', 'print JSON')
    .action(run('phrases.import'));
  phrases
    .command('export')
    .requiredOption('--format <format>', 'csv | xlsx | json')
    .requiredOption('--out <file>', 'where to write the file')
    .action(run('phrases.export'));
  phrases
    .command('search <query>')
    .option('--json', 'print JSON')
    .option('--limit <n>', 'how many results', '20')
    .action(run('phrases.search'));
  phrases
    .command('suggest [question]')
    .description("suggested replies (推荐话术) for a buyer's question, or for each line of --file")
    .option(
      '--file <file>',
      'one buyer question per line (UTF-8 or GBK; a tab ends the question, # starts a comment line)',
    )
    .option('--limit <n>', 'how many replies per question, 1 to 10', '3')
    .option('--json', 'print JSON: [{ question, hits: [{ phrase, score, why }] }]')
    .action(run('phrases.suggest'));

  const orders = program.command('orders').description('orders: import the platform export, list');
  orders
    .command('import <file>')
    .option('--dry-run', 'report what would happen, write nothing')
    .option('--json', 'print JSON')
    .action(run('orders.import'));
  orders
    .command('list')
    .option('--status <status>', 'unpaid | paid | shipped | completed | closed')
    .option('--limit <n>', `how many orders, 1 to ${ORDER_LIST_MAX} (default ${ORDER_LIST_DEFAULT})`)
    .option('--offset <n>', 'skip this many orders first (default 0)')
    .option('--all', `every order (read ${ORDER_LIST_MAX} at a time); not with --limit or --offset`)
    .option('--json', 'print JSON')
    .action(run('orders.list'));

  const invoices = program.command('invoices').description('invoices (发票): list, add a request, export');
  invoices
    .command('list')
    .option('--status <status>', INVOICE_STATUSES.join(' | '))
    .option('--json', 'print JSON')
    .action(run('invoices.list'));
  invoices
    .command('add')
    .description('collect an invoice request (待开) for an order on this desk')
    .requiredOption('--order <no>', '订单号')
    .requiredOption('--title <title>', '发票抬头: the person or the company')
    .option('--tax-no <no>', '税号 (统一社会信用代码) of a company title')
    .requiredOption('--kind <kind>', INVOICE_KINDS.join(' | '))
    .option('--amount <yuan>', "default: what the order paid, less its other invoices' amounts")
    .option('--email <email>', 'where an electronic invoice goes')
    .option('--post-address <address>', 'where a paper or special invoice goes')
    .option('--bank <name>', '专票: 开户行')
    .option('--account <no>', '专票: 银行账号')
    .option('--company-address <address>', '专票: 注册地址')
    .option('--company-phone <phone>', '专票: 注册电话')
    .option('--json', 'print JSON')
    .action(run('invoices.add'));
  invoices
    .command('export')
    .requiredOption('--format <format>', INVOICE_EXPORT_FORMATS.join(' | '))
    .requiredOption('--out <file>', 'where to write the file')
    .option('--status <status>', INVOICE_STATUSES.join(' | '))
    .action(run('invoices.export'));

  const tasks = program.command('tasks').description('follow-up tasks');
  tasks
    .command('list')
    .option('--due <when>', 'today: only what is overdue or due today; all (default)')
    .option('--json', 'print JSON')
    .action(run('tasks.list'));
  tasks.command('run-rules').option('--json', 'print JSON').action(run('tasks.runRules'));

  program
    .command('checklist')
    .description('daily SOP checklist')
    .command('today')
    .description("today's checklist (created on first open) with live counts")
    .option('--json', 'print JSON')
    .action(run('checklist.today'));

  program
    .command('sync')
    .description('sync with the shop server: connect first with --server and --token, then one run')
    .option('--server <url>', 'the sync server, e.g. https://kefu.example.com')
    .option('--token <token>', 'the token from kefu-server create-agent')
    .option('--json', 'print JSON')
    .action(run('sync'));

  program
    .command('report')
    .description('daily logs (日报)')
    .command('daily')
    .description("an agent-day's daily log as a file")
    .requiredOption('--date <day>', "YYYY-MM-DD on the shop's clock")
    .option('--agent <code>', "工号 (supervisors: any agent of the shop; default: the desk's agent)")
    .requiredOption('--format <format>', REPORT_FORMATS.join(' | '))
    .requiredOption('--out <file>', 'where to write the file')
    .action(run('report.daily'));

  const db = program.command('db').description('database maintenance');
  db.command('check').option('--json', 'print JSON').action(run('db.check'));
  db.command('backup')
    .option('--out <file>', 'write the backup to this file instead of the rotating backups folder')
    .action(run('db.backup'));
  db.command('restore <file>')
    .description('restore a backup (checked first; the replaced database is kept in backups/)')
    .action(run('db.restore'));
  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  try {
    await buildProgram().exitOverride().parseAsync(argv);
    return 0;
  } catch (cause) {
    // --help, --version and usage errors: commander has already printed its own text.
    if (cause instanceof CommanderError) return cause.exitCode;
    // Commands explain their own failures (cli-actions.ts); anything else failed in loading one.
    const failure =
      cause instanceof CliFailure ? cause : (await import('./cli-errors')).explainFailure(cause);
    processOutput.err(failure.message);
    return failure.exitCode;
  }
}
