import { Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../common/access.js';
import { AuditService, diff } from '../audit/audit.service.js';
import type { DocumentRefDto } from '../common/refs.dto.js';
import { assertCanEdit, assertCanSee, PUBLIC_STATUSES, statusAfterEdit, type Owned, type Status } from '../common/workflow.js';
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
  private readonly logger = new Logger('Media');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly audit: AuditService,
  ) {}

  async upload(actor: Actor, ownerType: OwnerType, ownerId: string, file: Express.Multer.File | undefined, dto: UploadDto): Promise<DocumentRefDto> {
    // Checked before the bytes are stored; checked again, locked, in the transaction below.
    assertCanEdit(actor, await this.owner(this.db.manager, ownerType, ownerId, false), ownerType);
    if (!file?.buffer?.length) throw new MissingFileError();
    const sniffed = sniff(file.buffer);
    if (!sniffed.ok) throw new UnsupportedFileError(sniffed.looksLike);
    const id = randomUUID();
    const storageKey = `${ownerType}/${id}`;
    // Bytes first, row second: a crash leaves an orphan file, never a row without its file.
    await this.storage.put(storageKey, file.buffer);
    try {
      const doc = await this.db.transaction(async (em) => {
        const owner = await this.owner(em, ownerType, ownerId, true);
        assertCanEdit(actor, owner, ownerType);
        await this.touchOwner(em, ownerType, ownerId, owner);
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
      const owner = await this.owner(em, doc.ownerType, doc.ownerId, true);
      assertCanEdit(actor, owner, doc.ownerType);
      await this.touchOwner(em, doc.ownerType, doc.ownerId, owner);
      await em.delete(DocumentFile, { id });
      await this.audit.record(em, actor, 'delete', 'document', id, diff({ ownerType: doc.ownerType, ownerId: doc.ownerId, fileName: doc.fileName }, null));
      return doc.storageKey;
    });
    await this.storage.remove(key);
  }

  /**
   * Inside the owner's delete transaction: removes the rows (audited) and returns the storage keys,
   * which the caller purges after commit — a rollback then leaves the files in place.
   */
  async detachAll(em: EntityManager, actor: Actor, ownerType: OwnerType, ownerId: string): Promise<string[]> {
    const docs = await em.find(DocumentFile, { where: { ownerType, ownerId } });
    for (const doc of docs) {
      await em.delete(DocumentFile, { id: doc.id });
      await this.audit.record(em, actor, 'delete', 'document', doc.id, diff({ ownerType, ownerId, fileName: doc.fileName }, null));
    }
    return docs.map((d) => d.storageKey);
  }

  async purge(keys: string[]): Promise<void> {
    for (const key of keys) {
      await this.storage.remove(key).catch((err: unknown) => this.logger.warn(`could not remove stored file ${key}: ${String(err)}`));
    }
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
    try {
      return { doc, stream: await this.storage.open(doc.storageKey), isPublic };
    } catch (err) {
      this.logger.error(`document ${id}: stored file ${doc.storageKey} is missing (${err instanceof Error ? err.message : err})`);
      throw new NotFoundException('No such document');
    }
  }

  /**
   * Attachments are part of what the board reviews: changing them counts as an edit of the owner
   * (a submitted or rejected item goes back to draft) and bumps its version.
   */
  private async touchOwner(em: EntityManager, type: OwnerType, id: string, owner: Owned): Promise<void> {
    await em.query(`UPDATE ${OWNER_TABLE[type]} SET status = $2, version = version + 1, updated_at = now() WHERE id = $1`, [
      id,
      statusAfterEdit(owner.status),
    ]);
  }

  private async owner(em: EntityManager, type: OwnerType, id: string, lock: boolean): Promise<Owned> {
    const [row] = await em.query(
      `SELECT department_id, status FROM ${OWNER_TABLE[type]} WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    if (!row) throw new NotFoundException(`No such ${type}`);
    return { departmentId: row.department_id, status: row.status as Status };
  }
}

function toRef(d: DocumentFile): DocumentRefDto {
  return { id: d.id, kind: d.kind, title: d.title, fileName: d.fileName, mimeType: d.mimeType, sizeBytes: d.sizeBytes, url: `/api/v1/documents/${d.id}` };
}
