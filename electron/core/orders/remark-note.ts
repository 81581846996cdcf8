/**
 * Seller remarks as order specialists write them in Qianniu: an optional flag tag, the note, and
 * by SOP their 工号 and the time — `[红旗] 改地址 工号007 2026-11-18 15:00`. The flag becomes the
 * order's flag; 工号 and time become the history entry's author and time, so an import keeps who
 * wrote the remark and when.
 */
import type { REMARK_FLAGS } from '../../../db/enums';

export type RemarkFlag = (typeof REMARK_FLAGS)[number];

export interface RemarkNote {
  /** The remark without its flag tag. */
  remark: string;
  flag: RemarkFlag | null;
  /** What the note says besides 工号 and time: the reason for the change. */
  reason: string;
  agentCode: string | null;
  /** `YYYY-MM-DD HH:mm[:ss]` as written, in the shop's time zone. */
  wallTime: string | null;
}

const FLAG_BY_COLOUR: Record<string, RemarkFlag> = {
  红: 'red',
  黄: 'yellow',
  绿: 'green',
  蓝: 'blue',
  紫: 'purple',
};

const FLAG_TAG = /^\s*[[【(（]\s*([红黄绿蓝紫])旗\s*[\]】)）]\s*/;
const AGENT_CODE = /工号\s*[:：]?\s*([A-Za-z0-9_-]+)/;
const WALL_TIME = /(\d{4}[-/]\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)/;

export function parseRemarkNote(text: string): RemarkNote {
  const trimmed = text.trim();
  const tag = FLAG_TAG.exec(trimmed);
  const remark = tag ? trimmed.slice(tag[0].length).trim() : trimmed;
  const agentCode = AGENT_CODE.exec(remark)?.[1] ?? null;
  const wallTime = WALL_TIME.exec(remark)?.[1]?.replace(/\s+/, ' ') ?? null;
  const reason = remark.replace(AGENT_CODE, ' ').replace(WALL_TIME, ' ').replace(/\s+/g, ' ').trim();
  return { remark, flag: tag ? FLAG_BY_COLOUR[tag[1]!]! : null, reason, agentCode, wallTime };
}
