import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../common/access.js';
import type { Lang } from '../common/localized.js';
import { PUBLIC_STATUSES } from '../common/workflow.js';
import type { NewsItemDto, ProjectNewsItemDto, ProjectNewsStateDto, RelatedNewsDto, RelatedNewsListDto, WorkspaceProjectNewsDto } from './dto/news.dto.js';
import { matchTerms, SCORE, type MatchedBy, type MatchTerms } from './matching.js';
import type { NewsState } from './news.entities.js';
import { foldForMatch } from './text.js';

interface NewsRow {
  id: string;
  title: string;
  summary: string;
  link: string | null;
  source: string;
  image_url: string | null;
  language: 'vi' | 'en';
  published_at: Date;
}

interface RelatedRow extends NewsRow {
  pinned: boolean;
  by_sector: boolean;
  by_area: boolean;
  keyword_hits: number;
  score: number;
}

interface StateRow extends NewsRow {
  state: NewsState | null;
  set_at: Date | null;
  set_by: string | null;
}

const SLUG = /^[a-z0-9-]{1,120}$/;
const NEWS_COLUMNS = 'n.id, n.title, n.summary, n.link, n.source, n.image_url, n.language, n.published_at';

function toItem(r: NewsRow): NewsItemDto {
  return {
    id: r.id,
    title: r.title,
    summary: r.summary,
    link: r.link,
    source: r.source,
    imageUrl: r.image_url,
    language: r.language,
    publishedAt: new Date(r.published_at).toISOString(),
  };
}

function toStateItem(r: StateRow): ProjectNewsItemDto {
  return { ...toItem(r), state: r.state, setAt: r.set_at ? new Date(r.set_at).toISOString() : null, setBy: r.set_by };
}

/**
 * Related news for project and policy pages, matched in PostgreSQL on whole words of folded text
 * (matching.ts explains the rule), and the editors' pin/hide decisions per project.
 */
@Injectable()
export class NewsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async forProject(slug: string, lang: Lang, limit: number): Promise<RelatedNewsListDto> {
    const [project]: { id: string }[] = SLUG.test(slug)
      ? await this.db.query(`SELECT id FROM projects WHERE slug = $1 AND status = ANY($2)`, [slug, [...PUBLIC_STATUSES]])
      : [];
    if (!project) throw new NotFoundException('No such published project');
    return { items: await this.related(await this.projectTerms(this.db.manager, project.id), project.id, lang, limit) };
  }

  async forPolicy(slug: string, lang: Lang, limit: number): Promise<RelatedNewsListDto> {
    const [policy]: { id: string; title: { vi: string; en: string | null } }[] = SLUG.test(slug)
      ? await this.db.query(`SELECT id, title FROM policies WHERE slug = $1 AND status = 'published'`, [slug])
      : [];
    if (!policy) throw new NotFoundException('No such published policy');
    const sectors: { name_vi: string; name_en: string | null }[] = await this.db.query(
      `SELECT s.name_vi, s.name_en FROM policy_sectors x JOIN sectors s ON s.id = x.sector_id WHERE x.policy_id = $1`,
      [policy.id],
    );
    const units: { name_vi: string; name_en: string | null; legacy_name: string | null }[] = await this.db.query(
      `SELECT u.name_vi, u.name_en, u.legacy_name FROM policy_units x JOIN administrative_units u ON u.id = x.unit_id WHERE x.policy_id = $1`,
      [policy.id],
    );
    const terms = matchTerms({
      sectorNames: sectors.flatMap((s) => [s.name_vi, s.name_en]),
      unitNames: units.flatMap((u) => [u.name_vi, u.name_en, u.legacy_name]),
      provinceNames: await this.provinceNames(this.db.manager),
      titleVi: policy.title.vi,
      titleEn: policy.title.en,
    });
    return { items: await this.related(terms, null, lang, limit) };
  }

  /** Editors' view of one project (any status): what is matched and why, decisions, and a text search to pin from. */
  async workspace(projectId: string, q: string | undefined): Promise<WorkspaceProjectNewsDto> {
    const [project] = await this.db.query(`SELECT id FROM projects WHERE id = $1`, [projectId]);
    if (!project) throw new NotFoundException('No such project');
    const terms = await this.projectTerms(this.db.manager, projectId);
    const decided: StateRow[] = await this.db.query(
      `SELECT ${NEWS_COLUMNS}, pn.state, pn.set_at, u.display_name AS set_by
         FROM project_news pn JOIN news_items n ON n.id = pn.news_id LEFT JOIN users u ON u.id = pn.set_by
        WHERE pn.project_id = $1 ORDER BY pn.set_at DESC, n.id`,
      [projectId],
    );
    let results: StateRow[] = [];
    const text = q ? foldForMatch(q) : '';
    if (text) {
      results = await this.db.query(
        `SELECT ${NEWS_COLUMNS}, pn.state, pn.set_at, u.display_name AS set_by
           FROM news_items n LEFT JOIN project_news pn ON pn.news_id = n.id AND pn.project_id = $1 LEFT JOIN users u ON u.id = pn.set_by
          WHERE (' ' || n.folded || ' ') LIKE '%' || $2 || '%'
          ORDER BY n.published_at DESC, n.id LIMIT 20`,
        [projectId, text],
      );
    }
    return {
      terms,
      related: await this.related(terms, projectId, 'vi', 20),
      pinned: decided.filter((r) => r.state === 'pinned').map(toStateItem),
      hidden: decided.filter((r) => r.state === 'hidden').map(toStateItem),
      results: results.map(toStateItem),
    };
  }

  /** Pins, hides or clears (null) one news item for one project; audited on the project. */
  async setState(actor: Actor, projectId: string, newsId: string, state: NewsState | null): Promise<ProjectNewsStateDto> {
    return this.db.transaction(async (em) => {
      const [project] = await em.query(`SELECT id FROM projects WHERE id = $1`, [projectId]);
      if (!project) throw new NotFoundException('No such project');
      const [news] = await em.query(`SELECT id FROM news_items WHERE id = $1`, [newsId]);
      if (!news) throw new NotFoundException('No such news item');
      const [before]: { state: NewsState }[] = await em.query(`SELECT state FROM project_news WHERE project_id = $1 AND news_id = $2 FOR UPDATE`, [projectId, newsId]);
      if (state === null) {
        await em.query(`DELETE FROM project_news WHERE project_id = $1 AND news_id = $2`, [projectId, newsId]);
      } else {
        await em.query(
          `INSERT INTO project_news (project_id, news_id, state, set_by) VALUES ($1, $2, $3, $4)
           ON CONFLICT (project_id, news_id) DO UPDATE SET state = EXCLUDED.state, set_by = EXCLUDED.set_by, set_at = now()`,
          [projectId, newsId, state, actor.userId],
        );
      }
      const from = before?.state ?? null;
      if (from !== state) {
        const action = state === 'pinned' ? 'news_pin' : state === 'hidden' ? 'news_hide' : 'news_clear';
        await this.audit.record(em, actor, action, 'project', projectId, { [`news:${newsId}`]: { from, to: state } });
      }
      return { projectId, newsId, state };
    });
  }

  private async provinceNames(em: EntityManager): Promise<string[]> {
    const rows: { name_vi: string; name_en: string | null }[] = await em.query(`SELECT name_vi, name_en FROM administrative_units WHERE kind = 'province'`);
    return rows.flatMap((r) => [r.name_vi, ...(r.name_en ? [r.name_en] : [])]);
  }

  private async projectTerms(em: EntityManager, projectId: string): Promise<MatchTerms> {
    const [p]: { title: { vi: string; en: string | null }; name_vi: string; name_en: string | null; legacy_name: string | null }[] = await em.query(
      `SELECT p.title, u.name_vi, u.name_en, u.legacy_name FROM projects p JOIN administrative_units u ON u.id = p.unit_id WHERE p.id = $1`,
      [projectId],
    );
    const sectors: { name_vi: string; name_en: string | null }[] = await em.query(
      `SELECT s.name_vi, s.name_en FROM project_sectors x JOIN sectors s ON s.id = x.sector_id WHERE x.project_id = $1`,
      [projectId],
    );
    return matchTerms({
      sectorNames: sectors.flatMap((s) => [s.name_vi, s.name_en]),
      unitNames: [p!.name_vi, p!.name_en, p!.legacy_name],
      provinceNames: await this.provinceNames(em),
      titleVi: p!.title.vi,
      titleEn: p!.title.en,
    });
  }

  /**
   * score = 2 × [a sector phrase] + 2 × [an area name] + min(keywords, 3), all as whole words of
   * the folded title and summary. Listed: score > 0 or pinned, never hidden (for this project);
   * pinned first, then score with one point more for the reader's language, then newest.
   */
  private async related(terms: MatchTerms, projectId: string | null, lang: Lang, limit: number): Promise<RelatedNewsDto[]> {
    const hit = (n: number) => `EXISTS (SELECT 1 FROM unnest($${n}::text[]) t WHERE (' ' || n.folded || ' ') LIKE '% ' || t || ' %')`;
    const rows: RelatedRow[] = await this.db.query(
      `SELECT ${NEWS_COLUMNS}, coalesce(pn.state = 'pinned', false) AS pinned, m.by_sector, m.by_area, m.keyword_hits,
              (CASE WHEN m.by_sector THEN ${SCORE.sector} ELSE 0 END + CASE WHEN m.by_area THEN ${SCORE.area} ELSE 0 END
                + least(m.keyword_hits, ${SCORE.maxKeywords}) * ${SCORE.keyword})::int AS score
         FROM news_items n
         LEFT JOIN project_news pn ON pn.news_id = n.id AND pn.project_id = $4::uuid
         CROSS JOIN LATERAL (
           SELECT ${hit(1)} AS by_sector, ${hit(2)} AS by_area,
                  (SELECT count(*) FROM unnest($3::text[]) t WHERE (' ' || n.folded || ' ') LIKE '% ' || t || ' %')::int AS keyword_hits
         ) m
        WHERE pn.state IS DISTINCT FROM 'hidden'
          AND (pn.state = 'pinned' OR m.by_sector OR m.by_area OR m.keyword_hits > 0)
        ORDER BY coalesce(pn.state = 'pinned', false) DESC,
                 (CASE WHEN m.by_sector THEN ${SCORE.sector} ELSE 0 END + CASE WHEN m.by_area THEN ${SCORE.area} ELSE 0 END
                   + least(m.keyword_hits, ${SCORE.maxKeywords}) * ${SCORE.keyword} + CASE WHEN n.language = $5 THEN 1 ELSE 0 END) DESC,
                 n.published_at DESC, n.id
        LIMIT $6`,
      [terms.sectors, terms.areas, terms.keywords, projectId, lang, limit],
    );
    return rows.map((r) => ({
      ...toItem(r),
      pinned: r.pinned,
      matchedBy: [...(r.by_sector ? ['sector'] : []), ...(r.by_area ? ['area'] : []), ...(r.keyword_hits > 0 ? ['keyword'] : [])] as MatchedBy[],
      score: r.score,
    }));
  }
}
