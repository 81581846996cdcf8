/**
 * The shop time zones the Settings form offers: where Chinese shops and their cross-border
 * teams sell from. Names are IANA ids both Node's and Chromium's ICU know under that spelling;
 * a zone stored some other way (CLI, sync) is offered too, so the form never hides it.
 */
export const COMMON_TIME_ZONES = [
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Macau',
  'Asia/Taipei',
  'Asia/Singapore',
  'Asia/Kuala_Lumpur',
  'Asia/Bangkok',
  'Asia/Jakarta',
  'Asia/Manila',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Asia/Dubai',
  'Europe/Moscow',
  'Europe/Berlin',
  'Europe/Paris',
  'Europe/London',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'America/Vancouver',
  'Australia/Sydney',
  'Pacific/Auckland',
] as const;

/** The offered zones, with the current one first when it is not among them. */
export function timeZoneChoices(current: string): string[] {
  return (COMMON_TIME_ZONES as readonly string[]).includes(current)
    ? [...COMMON_TIME_ZONES]
    : [current, ...COMMON_TIME_ZONES];
}

/** The zone's own name in the UI language (`中国标准时间`, `China Standard Time`), or '' if unknown. */
export function timeZoneName(timeZone: string, language: string): string {
  try {
    const parts = new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(
      0,
    );
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}
