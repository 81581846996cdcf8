/**
 * 岗位: an agent's position besides their role (DESIGN.md glossary). 售前 presale, 售后
 * aftersale, 订单专员 orderDesk. The server keeps it on the agent (agents.position, answered by
 * whoami); the desk keeps it as its `position` setting, which whoami overwrites once bound. It
 * picks the default checklist template and the reply panel's default stage.
 */
export const POSITIONS = ['presale', 'aftersale', 'orderDesk'] as const;
export type Position = (typeof POSITIONS)[number];

export const isPosition = (value: unknown): value is Position =>
  typeof value === 'string' && (POSITIONS as readonly string[]).includes(value);
