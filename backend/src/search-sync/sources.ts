import type { PolicySource, ProjectSource, TermSource } from '@invest-portal/search';
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
