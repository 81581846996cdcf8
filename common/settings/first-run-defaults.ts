/**
 * What first-run setup assumes where the agent leaves a field as it is: the first-run form starts
 * from these, `kefu setup` and `kefu join` use them for options not given. An ordinary agent, no
 * default courier, the 16:00 cut-off most shops start with, on Beijing time. The free-shipping
 * threshold has none: the form and `kefu setup` ask for it.
 */
export const FIRST_RUN_DEFAULTS = {
  role: 'agent',
  defaultCourier: '',
  cutoffTime: '16:00',
  timeZone: 'Asia/Shanghai',
} as const;
