import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentActor, Public, Roles, type Actor } from '../common/access.js';
import { DocumentRefDto } from '../common/refs.dto.js';
import { NO_FRAMING_CSP } from '../embed/csp.js';
import { UploadDto } from './dto/upload.dto.js';
import { MediaService } from './media.service.js';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('documents')
@Controller()
export class MediaController {
  constructor(private readonly media: MediaService) {}

  @Post('workspace/projects/:id/documents')
  @Roles('officer', 'admin')
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadDto })
  @ApiOperation({ summary: 'Attach a document or image to a project (same rights as editing it)', operationId: 'uploadProjectDocument' })
  @ApiCreatedResponse({ type: DocumentRefDto })
  uploadToProject(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: UploadDto,
  ): Promise<DocumentRefDto> {
    return this.media.upload(actor, 'project', id, file, body);
  }

  @Post('workspace/policies/:id/documents')
  @Roles('officer', 'admin')
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadDto })
  @ApiOperation({ summary: 'Attach a document or image to a policy (same rights as editing it)', operationId: 'uploadPolicyDocument' })
  @ApiCreatedResponse({ type: DocumentRefDto })
  uploadToPolicy(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: UploadDto,
  ): Promise<DocumentRefDto> {
    return this.media.upload(actor, 'policy', id, file, body);
  }

  @Delete('workspace/documents/:id')
  @HttpCode(204)
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'Remove a document (same rights as editing its project or policy)', operationId: 'deleteDocument' })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @Param('id', uuid) id: string): Promise<void> {
    return this.media.remove(actor, id);
  }

  @Get('documents/:id')
  @Public()
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'application/octet-stream')
  @ApiOperation({
    summary: 'Download a document: public when its project or policy is published, else to its department and the board',
    operationId: 'downloadDocument',
  })
  @ApiOkResponse({ description: 'The file' })
  async download(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', uuid) id: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile | undefined> {
    const { doc, stream, isPublic } = await this.media.download(actor, id);
    const etag = `"${doc.sha256}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', isPublic ? 'public, max-age=300' : 'private, no-store');
    if (req.headers['if-none-match'] === etag) {
      stream.destroy();
      res.status(304);
      return undefined;
    }
    res.setHeader('Content-Type', doc.mimeType);
    res.setHeader('Content-Length', String(doc.sizeBytes));
    const disposition = doc.kind === 'image' ? 'inline' : 'attachment';
    const ascii = doc.fileName.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'file';
    res.setHeader('Content-Disposition', `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`);
    // A file is never a page: no scripts, no plugins, even if a browser tried to render it.
    res.setHeader('Content-Security-Policy', `${NO_FRAMING_CSP}; sandbox`);
    return new StreamableFile(stream);
  }
}
