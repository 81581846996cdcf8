/**
 * The shop's customers: shared (team) rows any agent may create and edit, one per platform + nick.
 * Every write is one transaction.
 */
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { KefuDb } from '../../../db/open-database';
import type { PLATFORMS } from '../../../db/enums';
import { customers } from '../../../db/schema';
import { AppError } from '../app-error';
import { naturalIds } from '../natural-id';
import { createNaturalIdClaim, type NaturalIdClaim } from '../natural-id-claim';
import type { Clock } from '../clock';
import { requireIdentity } from '../settings/identity-checks';
import type { Identity } from '../settings/settings-service';
import { customerDetail, type CustomerDetail } from './customer-detail';
import type { Customer, CustomerInput, CustomerSearchHit } from './customer-schema';
import { customerColumns, searchCustomers } from './customer-search';

export type Tx = Parameters<Parameters<KefuDb['transaction']>[0]>[0];

export interface CustomerServiceDeps {
  db: KefuDb;
  clock: Clock;
  newId: () => string;
  identity: () => Identity | null;
}

/** SQLite reports the (shop, platform, nick) unique index; drizzle wraps it in a query error. */
function isUniqueViolation(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if ((cause as Error & { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE') return true;
  }
  return false;
}

const liveCustomer = (shopId: string) => and(eq(customers.shopId, shopId), isNull(customers.deletedAt));

/**
 * The customer an inquiry or return is about: by id, or by nick on a platform, created on first
 * contact so logging from the reply panel takes one step.
 */
export function resolveCustomer(
  tx: Tx,
  who: Identity,
  buyer: { customerId?: string; buyerNick?: string; platform: (typeof PLATFORMS)[number] },
  at: number,
  claimId: NaturalIdClaim,
): string {
  if (buyer.customerId) {
    const found = tx
      .select({ id: customers.id })
      .from(customers)
      .where(and(eq(customers.id, buyer.customerId), liveCustomer(who.shopId)))
      .get();
    if (!found) throw new AppError('notFound', 'errors.customer.notFound', { id: buyer.customerId });
    return found.id;
  }
  const nick = buyer.buyerNick ?? '';
  const existing = tx
    .select({ id: customers.id })
    .from(customers)
    .where(and(liveCustomer(who.shopId), eq(customers.platform, buyer.platform), eq(customers.nick, nick)))
    .get();
  if (existing) return existing.id;
  const id = claimId('customers', naturalIds.customer(who.shopId, buyer.platform, nick));
  tx.insert(customers)
    .values({
      id,
      shopId: who.shopId,
      ownerId: who.agentId,
      scope: 'team',
      platform: buyer.platform,
      nick,
      createdAt: at,
      updatedAt: at,
    })
    .run();
  return id;
}

export function createCustomerService({ db, clock, newId, identity }: CustomerServiceDeps) {
  const claimId = createNaturalIdClaim(db.$client, newId);
  function find(who: Identity, id: string): Customer {
    const row = db
      .select(customerColumns)
      .from(customers)
      .where(and(eq(customers.id, id), liveCustomer(who.shopId)))
      .get();
    if (!row) throw new AppError('notFound', 'errors.customer.notFound', { id });
    return row;
  }

  function search(query: string, limit: number): CustomerSearchHit[] {
    const who = requireIdentity(identity);
    return searchCustomers(db, who.shopId, query, limit);
  }

  function get(id: string): CustomerDetail {
    const who = requireIdentity(identity);
    return customerDetail(db, who, find(who, id));
  }

  function save(input: CustomerInput): Customer {
    const who = requireIdentity(identity);
    const at = clock.now();
    const fields = {
      platform: input.platform ?? 'taobao',
      nick: input.nick,
      name: input.name ?? '',
      phones: input.phones,
      addresses: input.addresses,
      customerType: input.customerType ?? null,
      concerns: input.concerns,
      tags: input.tags,
      notes: input.notes ?? '',
      updatedAt: at,
    };
    try {
      const id = db.transaction((tx) => {
        if (input.id) {
          const changed = tx
            .update(customers)
            .set(fields)
            .where(and(eq(customers.id, input.id), liveCustomer(who.shopId)))
            .run().changes;
          if (changed === 0) throw new AppError('notFound', 'errors.customer.notFound', { id: input.id });
          return input.id;
        }
        const created = claimId('customers', naturalIds.customer(who.shopId, fields.platform, fields.nick));
        tx.insert(customers)
          .values({
            ...fields,
            id: created,
            shopId: who.shopId,
            ownerId: who.agentId,
            scope: 'team',
            createdAt: at,
          })
          .run();
        return created;
      });
      return find(who, id);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError('conflict', 'errors.customer.duplicateNick', {
          nick: input.nick,
          platform: fields.platform,
        });
      }
      throw error;
    }
  }

  /** Marks a contact with the buyer (a phrase sent to them, an inquiry logged). */
  function touch(customerId: string, at: number): void {
    const who = requireIdentity(identity);
    touchIn(db, who, customerId, at);
  }

  return { search, get, save, touch };
}

/** Last contact only moves forward: a late-recorded older contact does not hide a newer one. */
export function touchIn(tx: Tx | KefuDb, who: Identity, customerId: string, at: number): void {
  tx.update(customers)
    .set({ lastContactAt: at, updatedAt: at })
    .where(
      and(
        eq(customers.id, customerId),
        liveCustomer(who.shopId),
        or(isNull(customers.lastContactAt), lt(customers.lastContactAt, at)),
      ),
    )
    .run();
}

export type CustomerService = ReturnType<typeof createCustomerService>;
