/**
 * 询单分析's per-day counts (inquiry_agent_days, inquiry_product_days) are cut on one zone per
 * shop. The desks name the shop's zone in their daily logs; when it is not the one the counts
 * were cut on, they are cut again before they are read. Rare (a shop's first log in another zone
 * than the default, or a move), and serialised with pushes by the shop's version row, so no push
 * counts into a half-rebuilt shop.
 */
import { eq, sql } from 'drizzle-orm';
import { inquiryRollupZones, shopVersions } from '../../database/schema';
import type { ServerDb } from '../../database/storage';
import { DEFAULT_TIME_ZONE } from './shop-clock';

export async function rollupsOnZone(db: ServerDb, shopId: string, zone: string): Promise<void> {
  const cutOn = async (on: ServerDb) => {
    const [found] = await on
      .select({ zone: inquiryRollupZones.zone })
      .from(inquiryRollupZones)
      .where(eq(inquiryRollupZones.shopId, shopId));
    return found?.zone ?? DEFAULT_TIME_ZONE;
  };
  if ((await cutOn(db)) === zone) return;
  await db.transaction(async (tx) => {
    await tx.select().from(shopVersions).where(eq(shopVersions.shopId, shopId)).for('update');
    if ((await cutOn(tx)) !== zone) await tx.execute(sql`select inquiry_rollups_rebuild(${shopId}, ${zone})`);
  });
}
