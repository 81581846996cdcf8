export const BRIEFING_METHODS = [
  'briefings.today',
  'briefings.save',
  'briefings.acknowledge',
  'briefings.reads',
] as const;
