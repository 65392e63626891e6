import { Module } from '@nestjs/common';
import { SearchApiController } from './search-api.controller.js';
import { SearchApiService } from './search-api.service.js';

@Module({ controllers: [SearchApiController], providers: [SearchApiService] })
export class SearchApiModule {}
