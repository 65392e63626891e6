import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

export const VIEW_KINDS = ['project', 'policy'] as const;
export type ViewKind = (typeof VIEW_KINDS)[number];

/**
 * Page views of public project and policy pages, one row per provincial calendar day and item:
 * nothing about who read them (see docs/analytics.md). No foreign key: the figures of an item that
 * is later deleted stay in the totals of their days.
 */
@Entity('page_views_daily')
@Check('page_views_daily_kind_check', `"kind" IN ('project', 'policy')`)
export class PageViewDaily {
  /** Asia/Ho_Chi_Minh calendar day. */
  @PrimaryColumn({ type: 'date' })
  day!: string;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  kind!: ViewKind;

  @PrimaryColumn({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @Column({ type: 'integer', default: 0 })
  views!: number;
}

/**
 * Use of the channels other sites and programs read us through, per calendar day: embed page
 * loads per widget, widget API calls per allow-listed origin, feed fetches, open-data exports,
 * oEmbed. Keys come from fixed lists or the embed allow-list, never from free request text.
 */
@Entity('usage_daily')
export class UsageDaily {
  @PrimaryColumn({ type: 'date' })
  day!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  channel!: string;

  @PrimaryColumn({ type: 'varchar', length: 300 })
  key!: string;

  @Column({ type: 'integer', default: 0 })
  count!: number;
}
