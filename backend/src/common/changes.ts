import { ApiProperty } from '@nestjs/swagger';

/** Workflow bookkeeping: not content, so not part of "what changed since publication". */
const NOT_CONTENT = new Set(['id', 'status', 'version', 'reviewComment', 'submittedAt', 'publishedAt', 'lastVerifiedAt', 'publishedSnapshot', 'featured', 'departmentId', 'freshnessRemindedAt', 'freshnessEscalatedAt', 'englishReviewedVersion']);

/** The content of an item as the editorial board approved it (stored at publication). */
export function contentSnapshot(snapshot: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(snapshot).filter(([key]) => !NOT_CONTENT.has(key)));
}

export class FieldChangeDto {
  @ApiProperty({ description: 'Field name as in the workspace DTO (sectorIds, title, …)' }) field!: string;
  @ApiProperty({ description: 'Value when last published (null when absent)', nullable: true, type: Object }) published!: unknown;
  @ApiProperty({ description: 'Value now', nullable: true, type: Object }) current!: unknown;
}

export class ChangesDto {
  @ApiProperty({ description: 'False when the item was never published: everything is new' }) everPublished!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiProperty({ type: [FieldChangeDto] }) changes!: FieldChangeDto[];
}

/** Field-by-field difference between the published content and the current one. */
export function changesSincePublication(current: Record<string, unknown>, published: Record<string, unknown> | null, publishedAt: Date | null): ChangesDto {
  const now = contentSnapshot(current);
  const then = published ?? {};
  const keys = [...new Set([...Object.keys(now), ...Object.keys(then)])].sort();
  return {
    everPublished: published !== null,
    publishedAt: publishedAt?.toISOString() ?? null,
    changes: keys
      .filter((k) => JSON.stringify(now[k] ?? null) !== JSON.stringify(then[k] ?? null))
      .map((k) => ({ field: k, published: then[k] ?? null, current: now[k] ?? null })),
  };
}
