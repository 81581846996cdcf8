/**
 * First run without the app: `kefu setup` (the first-run form's fields as options, checked by the
 * same rules, the default phrase pack loaded by the same save; `--position` is the welcome's 岗位)
 * and `kefu join` (the profile from the shop's server, then bound and synced). Problems are named
 * by the option to fix.
 */
import type { TFunction } from 'i18next';
import { FIRST_RUN_DEFAULTS } from '../../common/settings/first-run-defaults';
import { parseYuanToFen } from '../../common/yuan';
import type { ApiError, ValidationIssue } from '../api/api-result';
import { validationError } from '../api/dispatch';
import { createTranslator } from '../core/i18n/translator';
import { positionInputSchema } from '../core/settings/position-choice';
import { settingsInputSchema, type Settings, type SettingsInput } from '../core/settings/settings-schema';
import { joinShopInputSchema, type JoinShopInput } from '../core/sync/join-shop';
import type { SyncStatus } from '../core/sync/sync-schema';
import { CliFailure } from './cli-failure';
import { describeError, print, unwrap, withSession } from './cli-session';

/** Where each field of the contract's input comes from on the command line. */
const OPTION_OF_PATH: Readonly<Record<string, string>> = {
  language: '--language',
  'agent.name': '--name',
  'agent.agentCode': '--code',
  'agent.role': '--role',
  position: '--position',
  'shop.name': '--shop',
  'shop.defaultCourier': '--courier',
  'shop.freeShippingThresholdFen': '--free-shipping',
  'shop.cutoffTime': '--cutoff',
  'shop.timeZone': '--time-zone',
  serverUrl: '--server',
  token: '--token',
};

interface ShopOptions {
  courier?: string;
  cutoff?: string;
  freeShipping?: string;
  timeZone?: string;
  language?: string;
  json?: boolean;
}

/** A refusal listing every option with a problem at once, each with its first, as the form does. */
function optionProblems(t: TFunction, heading: string, issues: readonly ValidationIssue[]): CliFailure {
  const firstByPath = new Map<string, ValidationIssue>();
  for (const issue of issues) {
    const path = issue.path.join('.');
    if (!firstByPath.has(path)) firstByPath.set(path, issue);
  }
  const lines = [...firstByPath].map(
    ([path, issue]) => `  ${OPTION_OF_PATH[path] ?? path}: ${t(issue.messageKey, issue.params)}`,
  );
  return new CliFailure(1, [heading, ...lines].join('\n'));
}

const issuesOf = (error: ApiError) => (error.details.issues as ValidationIssue[] | undefined) ?? [];

/** `--free-shipping` in yuan as the form reads it: fen, or the issue the form would show. */
function thresholdFen(text: string | undefined): { fen: number } | { issue: ValidationIssue } {
  const path = ['shop', 'freeShippingThresholdFen'];
  if (text === undefined || text.trim() === '')
    return { issue: { path, messageKey: 'validation.threshold.required', params: {} } };
  const fen = parseYuanToFen(text);
  return fen === null ? { issue: { path, messageKey: 'validation.money.format', params: {} } } : { fen };
}

export const setupCommand = withSession(
  async (
    { dispatch, t },
    opts: ShopOptions & { name?: string; code?: string; shop?: string; role?: string; position?: string },
  ) => {
    const current = unwrap<Settings>(t, await dispatch('settings.get', {}));
    if (current.agent && current.shop) {
      throw new CliFailure(
        1,
        t('cli.setup.alreadySetUp', { agentCode: current.agent.agentCode, shop: current.shop.name }),
      );
    }
    const threshold = thresholdFen(opts.freeShipping);
    const input = {
      language: opts.language ?? current.language,
      agent: {
        name: opts.name ?? '',
        agentCode: opts.code ?? '',
        role: opts.role ?? FIRST_RUN_DEFAULTS.role,
      },
      shop: {
        name: opts.shop ?? '',
        defaultCourier: opts.courier ?? FIRST_RUN_DEFAULTS.defaultCourier,
        freeShippingThresholdFen: 'fen' in threshold ? threshold.fen : 0,
        cutoffTime: opts.cutoff ?? FIRST_RUN_DEFAULTS.cutoffTime,
        timeZone: opts.timeZone ?? FIRST_RUN_DEFAULTS.timeZone,
      },
    };
    // Checked whole before the save, so a missing threshold is reported with every other problem.
    const checked = settingsInputSchema.safeParse(input);
    const position = positionInputSchema.safeParse({ position: opts.position ?? null });
    const issues = [
      ...(checked.success ? [] : issuesOf(validationError(checked.error))),
      ...('issue' in threshold ? [threshold.issue] : []),
      ...(position.success ? [] : issuesOf(validationError(position.error))),
    ];
    if (issues.length > 0) throw optionProblems(t, t('cli.setup.invalid'), issues);
    const saved = unwrap<Settings>(t, await dispatch('settings.save', input as SettingsInput));
    if (position.data?.position) unwrap(t, await dispatch('position.save', position.data));
    const { t: say } = createTranslator(saved.language);
    print(
      Boolean(opts.json),
      saved,
      say('cli.setup.done', {
        name: saved.agent?.name,
        agentCode: saved.agent?.agentCode,
        shop: saved.shop?.name,
      }),
    );
  },
);

export const joinCommand = withSession(
  async ({ dispatch, t }, opts: ShopOptions & { server?: string; token?: string }) => {
    const current = unwrap<Settings>(t, await dispatch('settings.get', {}));
    if (current.agent && current.shop) {
      throw new CliFailure(
        1,
        t('cli.join.alreadySetUp', { agentCode: current.agent.agentCode, shop: current.shop.name }),
      );
    }
    const threshold = opts.freeShipping === undefined ? null : thresholdFen(opts.freeShipping);
    const shop = {
      ...(opts.courier === undefined ? {} : { defaultCourier: opts.courier }),
      ...(opts.cutoff === undefined ? {} : { cutoffTime: opts.cutoff }),
      ...(threshold && 'fen' in threshold ? { freeShippingThresholdFen: threshold.fen } : {}),
      ...(opts.timeZone === undefined ? {} : { timeZone: opts.timeZone }),
    };
    const input = {
      serverUrl: opts.server ?? '',
      token: opts.token ?? '',
      ...(opts.language === undefined ? {} : { language: opts.language }),
      ...(Object.keys(shop).length === 0 ? {} : { shop }),
    };
    const checked = joinShopInputSchema.safeParse(input);
    const issues = [
      ...(checked.success ? [] : issuesOf(validationError(checked.error))),
      ...(threshold && 'issue' in threshold ? [threshold.issue] : []),
    ];
    if (issues.length > 0) throw optionProblems(t, t('cli.join.invalid'), issues);

    const result = await dispatch('sync.join', input as JoinShopInput);
    if (!result.ok) {
      // The server's answers (unreachable, token refused, app too old) come as field errors.
      const fieldIssues = issuesOf(result.error);
      throw fieldIssues.length > 0
        ? optionProblems(t, t('cli.join.refused'), fieldIssues)
        : new CliFailure(1, describeError(t, result.error));
    }
    const { settings, status } = result.value as { settings: Settings; status: SyncStatus };
    const { t: say } = createTranslator(settings.language);
    const state = say(`sync.state.${status.state}`, { count: status.pending });
    print(
      Boolean(opts.json),
      result.value,
      [
        say('cli.join.joined', {
          name: settings.agent?.name,
          agentCode: settings.agent?.agentCode,
          role: say(`form.role.${settings.agent?.role ?? 'agent'}`),
          shop: settings.shop?.name,
        }),
        say('cli.sync.status', { state, server: status.serverUrl ?? '', agentCode: status.agentCode ?? '' }),
      ].join('\n'),
    );
    if (status.state !== 'synced') throw new CliFailure(1, say('cli.join.notSynced'));
  },
);
