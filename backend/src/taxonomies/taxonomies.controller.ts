import { Body, Controller, Get, Header, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Public, Roles, type Actor } from '../common/access.js';
import { RefDto } from '../common/refs.dto.js';
import { TaxonomiesDto, TermInput, UnitDto, UnitInput, UpdateTermInput, UpdateUnitInput } from './dto/taxonomy.dto.js';
import { TaxonomiesService } from './taxonomies.service.js';
import { InvestmentForm, Sector } from './taxonomy.entities.js';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('taxonomies')
@Controller('taxonomies')
export class TaxonomiesController {
  constructor(private readonly taxonomies: TaxonomiesService) {}

  @Get()
  @Public()
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: 'Sectors, investment forms and administrative units', operationId: 'getTaxonomies' })
  @ApiOkResponse({ type: TaxonomiesDto })
  all(): Promise<TaxonomiesDto> {
    return this.taxonomies.all();
  }

  @Post('sectors')
  @Roles('admin')
  @ApiOperation({ summary: 'Add a sector (administrators)', operationId: 'createSector' })
  @ApiCreatedResponse({ type: RefDto })
  createSector(@CurrentActor() actor: Actor, @Body() body: TermInput): Promise<RefDto> {
    return this.taxonomies.createTerm(actor, Sector, body);
  }

  @Patch('sectors/:id')
  @Roles('admin')
  @ApiOperation({ summary: 'Rename or recode a sector (administrators)', operationId: 'updateSector' })
  @ApiOkResponse({ type: RefDto })
  updateSector(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() body: UpdateTermInput): Promise<RefDto> {
    return this.taxonomies.updateTerm(actor, Sector, id, body);
  }

  @Post('investment-forms')
  @Roles('admin')
  @ApiOperation({ summary: 'Add an investment form (administrators)', operationId: 'createInvestmentForm' })
  @ApiCreatedResponse({ type: RefDto })
  createForm(@CurrentActor() actor: Actor, @Body() body: TermInput): Promise<RefDto> {
    return this.taxonomies.createTerm(actor, InvestmentForm, body);
  }

  @Patch('investment-forms/:id')
  @Roles('admin')
  @ApiOperation({ summary: 'Change an investment form (administrators)', operationId: 'updateInvestmentForm' })
  @ApiOkResponse({ type: RefDto })
  updateForm(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() body: UpdateTermInput): Promise<RefDto> {
    return this.taxonomies.updateTerm(actor, InvestmentForm, id, body);
  }

  @Post('units')
  @Roles('admin')
  @ApiOperation({ summary: 'Add an administrative unit (administrators)', operationId: 'createUnit' })
  @ApiCreatedResponse({ type: UnitDto })
  createUnit(@CurrentActor() actor: Actor, @Body() body: UnitInput): Promise<UnitDto> {
    return this.taxonomies.createUnit(actor, body);
  }

  @Patch('units/:id')
  @Roles('admin')
  @ApiOperation({ summary: 'Change an administrative unit (administrators)', operationId: 'updateUnit' })
  @ApiOkResponse({ type: UnitDto })
  updateUnit(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() body: UpdateUnitInput): Promise<UnitDto> {
    return this.taxonomies.updateUnit(actor, id, body);
  }
}
