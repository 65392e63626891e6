import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../common/access.js';
import { AuditService, diff } from '../audit/audit.service.js';
import type { DocumentRefDto } from '../common/refs.dto.js';
import { assertCanEdit, assertCanSee, PUBLIC_STATUSES, type Owned, type Status } from '../common/workflow.js';
import { DocumentFile, type OwnerType } from './document.entity.js';
import type { UploadDto } from './dto/upload.dto.js';
import { MissingFileError, UnsupportedFileError } from './media.errors.js';
import { safeFileName, sniff } from './sniff.js';
import { FILE_STORAGE, type FileStorage } from './storage.js';

const OWNER_TABLE: Record<OwnerType, string> = { project: 'projects', policy: 'policies' };

export interface Download {
  doc: DocumentFile;
  stream: Readable;
  isPublic: boolean;
}

@Injectable()
export class MediaService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly audit: AuditService,
  ) {}

  async upload(actor: Actor, ownerType: OwnerType, ownerId: string, file: Express.Multer.File | undefined, dto: UploadDto): Promise<DocumentRefDto> {
    const owner = await this.owner(this.db.manager, ownerType, ownerId, true);
    assertCanEdit(actor, owner, ownerType);
    if (!file?.buffer?.length) throw new MissingFileError();
    const sniffed = sniff(file.buffer);
    if (!sniffed.ok) throw new UnsupportedFileError(sniffed.looksLike);
    const id = randomUUID();
    const storageKey = `${ownerType}/${id}`;
    // Bytes first, row second: a crash leaves an orphan file, never a row without its file.
    await this.storage.put(storageKey, file.buffer);
    try {
      const doc = await this.db.transaction(async (em) => {
        const saved = await em.save(
          em.create(DocumentFile, {
            id,
            ownerType,
            ownerId,
            kind: sniffed.type.kind,
            title: { vi: dto.titleVi, en: dto.titleEn ?? null },
            fileName: safeFileName(file.originalname ?? '', sniffed.type),
            mimeType: sniffed.type.mime,
            sizeBytes: file.buffer.length,
            storageKey,
            sha256: createHash('sha256').update(file.buffer).digest('hex'),
          }),
        );
        await this.audit.record(em, actor, 'upload', 'document', id, diff(null, { ownerType, ownerId, fileName: saved.fileName, mimeType: saved.mimeType, sizeBytes: saved.sizeBytes }));
        return saved;
      });
      return toRef(doc);
    } catch (err) {
      await this.storage.remove(storageKey).catch(() => undefined);
      throw err;
    }
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const key = await this.db.transaction(async (em) => {
      const doc = await em.findOne(DocumentFile, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!doc) throw new NotFoundException('No such document');
      const owner = await this.owner(em, doc.ownerType, doc.ownerId, false);
      assertCanEdit(actor, owner, doc.ownerType);
      await em.delete(DocumentFile, { id });
      await this.audit.record(em, actor, 'delete', 'document', id, diff({ ownerType: doc.ownerType, ownerId: doc.ownerId, fileName: doc.fileName }, null));
      return doc.storageKey;
    });
    await this.storage.remove(key);
  }

  /** Public when its project or policy is public; otherwise only for those who may see the owner. */
  async download(actor: Actor | undefined, id: string): Promise<Download> {
    const doc = await this.db.getRepository(DocumentFile).findOneBy({ id });
    if (!doc) throw new NotFoundException('No such document');
    const owner = await this.owner(this.db.manager, doc.ownerType, doc.ownerId, false);
    const isPublic = PUBLIC_STATUSES.includes(owner.status);
    if (!isPublic) {
      if (!actor) throw new NotFoundException('No such document');
      assertCanSee(actor, owner, 'document');
    }
    return { doc, stream: await this.storage.open(doc.storageKey), isPublic };
  }

  private async owner(em: EntityManager, type: OwnerType, id: string, lock: boolean): Promise<Owned> {
    const [row] = await em.query(
      `SELECT department_id, status FROM ${OWNER_TABLE[type]} WHERE id = $1${lock ? ' FOR SHARE' : ''}`,
      [id],
    );
    if (!row) throw new NotFoundException(`No such ${type}`);
    return { departmentId: row.department_id, status: row.status as Status };
  }
}

function toRef(d: DocumentFile): DocumentRefDto {
  return { id: d.id, kind: d.kind, title: d.title, fileName: d.fileName, mimeType: d.mimeType, sizeBytes: d.sizeBytes, url: `/api/v1/documents/${d.id}` };
}
