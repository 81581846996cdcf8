export const ESCALATION_METHODS = [
  'escalations.open',
  'escalations.list',
  'escalations.get',
  'escalations.forSource',
  'escalations.answer',
  'escalations.takeOver',
  'escalations.close',
] as const;
