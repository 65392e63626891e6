import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { memoryStorage } from 'multer';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { MediaController } from './media.controller.js';
import { MediaService } from './media.service.js';
import { FILE_STORAGE, LocalDiskStorage } from './storage.js';

@Module({
  imports: [
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      // In memory: the type check needs the bytes, and the size limit caps the memory used.
      useFactory: (config: AppConfig) => ({ storage: memoryStorage(), limits: { fileSize: config.uploads.maxBytes, files: 1, fields: 10 } }),
    }),
  ],
  controllers: [MediaController],
  providers: [
    MediaService,
    { provide: FILE_STORAGE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new LocalDiskStorage(config.uploads.dir) },
  ],
  exports: [MediaService],
})
export class MediaModule {}
