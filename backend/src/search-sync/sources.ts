import { toNewsDocument, toPolicyDocument, toProjectDocument, type DocType, type NewsSource, type PolicySource, type ProjectSource, type TermSource } from '@invest-portal/search';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { PUBLIC_STATUSES } from '../common/workflow.js';
import { Policy } from '../policies/policy.entity.js';
import { Project } from '../projects/project.entity.js';

const term = (t: { code: string; nameVi: string; nameEn: string | null }): TermSource => ({ code: t.code, name: { vi: t.nameVi, en: t.nameEn } });

/** Current public state of projects: a source for each public one; ids that are not public are absent. */
export async function projectSources(em: EntityManager, ids: string[]): Promise<Map<string, ProjectSource>> {
  const rows = ids.length
    ? await em.getRepository(Project).find({
        where: { id: In(ids), status: In([...PUBLIC_STATUSES]) },
        relations: { department: true, unit: true, investmentForm: true, sectors: true },
      })
    : [];
  return new Map(
    rows.map((p) => [
      p.id,
      {
        id: p.id,
        code: p.code,
        slug: p.slug,
        status: p.status,
        version: p.version,
        title: p.title,
        summary: p.summary,
        description: p.description,
        sectors: (p.sectors ?? []).map(term),
        unit: term(p.unit!),
        department: term(p.department!),
        investmentForm: p.investmentForm ? term(p.investmentForm) : null,
        lat: p.lat,
        lng: p.lng,
        areaHa: p.areaHa === null ? null : Number(p.areaHa),
        capitalVnd: p.capitalVnd,
        landStatusKind: p.landStatusKind,
        featured: p.featured,
        publishedAt: p.publishedAt,
        lastVerifiedAt: p.lastVerifiedAt,
      },
    ]),
  );
}

export async function policySources(em: EntityManager, ids: string[]): Promise<Map<string, PolicySource>> {
  const rows = ids.length
    ? await em.getRepository(Policy).find({
        where: { id: In(ids), status: 'published' },
        relations: { department: true, sectors: true, units: true },
      })
    : [];
  return new Map(
    rows.map((p) => [
      p.id,
      {
        id: p.id,
        code: p.code,
        slug: p.slug,
        status: p.status,
        version: p.version,
        title: p.title,
        summary: p.summary,
        body: p.body,
        legalNumber: p.legalNumber,
        incentiveTypes: p.incentiveTypes,
        sectors: (p.sectors ?? []).map(term),
        units: (p.units ?? []).map(term),
        department: term(p.department!),
        publishedAt: p.publishedAt,
      },
    ]),
  );
}

/** News items are public as soon as they are stored; ids no longer in the table are absent. */
export async function newsSources(em: EntityManager, ids: string[]): Promise<Map<string, NewsSource>> {
  const rows: {
    id: string;
    version: number;
    title: string;
    summary: string;
    link: string | null;
    source: string;
    image_url: string | null;
    language: 'vi' | 'en';
    published_at: Date;
  }[] = ids.length
    ? await em.query(
        `SELECT id, version, title, summary, link, source, image_url, language, published_at FROM news_items WHERE id = ANY($1::uuid[])`,
        [ids],
      )
    : [];
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        version: r.version,
        title: r.title,
        summary: r.summary,
        link: r.link,
        source: r.source,
        imageUrl: r.image_url,
        language: r.language,
        publishedAt: new Date(r.published_at),
      },
    ]),
  );
}

/** Every document type, in the order indexes are built and checked. */
export const DOC_TYPES: DocType[] = ['project', 'policy', 'news'];

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** SQL selecting `id` and `version` of every item that belongs in its index. */
export const INDEXED_ITEMS: Record<DocType, string> = {
  project: `SELECT id, version FROM projects WHERE status IN (${quoted(PUBLIC_STATUSES)})`,
  policy: `SELECT id, version FROM policies WHERE status = 'published'`,
  news: `SELECT id, version FROM news_items`,
};

/** The current documents of these items; items that are not (or no longer) public are absent. */
export async function documentsFor(em: EntityManager, type: DocType, ids: string[]): Promise<Record<string, unknown>[]> {
  switch (type) {
    case 'project':
      return [...(await projectSources(em, ids)).values()].map(toProjectDocument);
    case 'policy':
      return [...(await policySources(em, ids)).values()].map(toPolicyDocument);
    case 'news':
      return [...(await newsSources(em, ids)).values()].map(toNewsDocument);
  }
}
