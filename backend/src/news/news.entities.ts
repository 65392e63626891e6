import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Project } from '../projects/project.entity.js';
import { User } from '../users/user.entity.js';

export const NEWS_LANGUAGES = ['vi', 'en'] as const;
export type NewsLanguage = (typeof NEWS_LANGUAGES)[number];

/**
 * One news item of the provincial portal's news sections, as read from its RSS/Atom feed. Never
 * duplicated: `item_key` is the normalised link (or, for an item without a link, a hash of its
 * feed and guid), unique across feeds, so re-ingests and the same link in two feeds meet one row.
 * Items are public as soon as they are stored (they are already published on the main portal).
 */
@Entity('news_items')
@Index('news_items_item_key_key', ['itemKey'], { unique: true })
@Index('news_items_published_idx', ['publishedAt'])
@Index('news_items_feed_idx', ['feedUrl'])
@Check('news_items_language_check', `"language" IN ('vi', 'en')`)
export class NewsItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Dedupe key: the normalised link, or `guid:<sha256 of feed URL + guid>` when the item has no link. */
  @Column({ name: 'item_key', type: 'varchar', length: 2048 })
  itemKey!: string;

  /** The feed the item was first read from; only that feed updates it later. */
  @Column({ name: 'feed_url', type: 'varchar', length: 2048 })
  feedUrl!: string;

  /** Title of that feed (the news section), e.g. "Cổng TTĐT tỉnh – Tin tức". */
  @Column({ type: 'varchar', length: 300 })
  source!: string;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  link!: string | null;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  /** Plain text (markup stripped, whitespace collapsed), at most 1000 characters. */
  @Column({ type: 'text', default: '' })
  summary!: string;

  @Column({ name: 'image_url', type: 'varchar', length: 2048, nullable: true })
  imageUrl!: string | null;

  @Column({ type: 'varchar', length: 2 })
  language!: NewsLanguage;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;

  @Column({ name: 'first_seen_at', type: 'timestamptz', default: () => 'now()' })
  firstSeenAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  /** Bumped on every change of what the index holds (search check compares it). */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** Title and summary lower-cased, without diacritics, punctuation as single spaces: matched by whole words. */
  @Column({ type: 'text' })
  folded!: string;
}

/** Fetch status of one configured feed (a feed removed from the settings keeps its row and its items). */
@Entity('news_feeds')
export class NewsFeed {
  @PrimaryColumn({ type: 'varchar', length: 2048 })
  url!: string;

  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true })
  lastAttemptAt!: Date | null;

  @Column({ name: 'last_success_at', type: 'timestamptz', nullable: true })
  lastSuccessAt!: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  /** Items stored from this feed. */
  @Column({ name: 'item_count', type: 'integer', default: 0 })
  itemCount!: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  etag!: string | null;

  @Column({ name: 'last_modified', type: 'varchar', length: 100, nullable: true })
  lastModified!: string | null;
}

export const NEWS_STATES = ['pinned', 'hidden'] as const;
export type NewsState = (typeof NEWS_STATES)[number];

/** An editor's decision about one news item on one project page: always shown first, or never. */
@Entity('project_news')
@Index('project_news_news_idx', ['newsId'])
@Check('project_news_state_check', `"state" IN ('pinned', 'hidden')`)
export class ProjectNews {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @PrimaryColumn({ name: 'news_id', type: 'uuid' })
  newsId!: string;

  @ManyToOne(() => NewsItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'news_id' })
  news?: NewsItem;

  @Column({ type: 'varchar', length: 8 })
  state!: NewsState;

  @Column({ name: 'set_by', type: 'uuid', nullable: true })
  setBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'set_by' })
  setByUser?: User | null;

  @Column({ name: 'set_at', type: 'timestamptz', default: () => 'now()' })
  setAt!: Date;
}
