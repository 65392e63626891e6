import { Body, Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/access.js';
import { CreateInquiryDto, RateInquiryDto } from './dto/inquiry-input.dto.js';
import { InquiryCreatedDto, InquiryFormDto, InquiryTrackingDto } from './dto/inquiry-output.dto.js';
import { InquiriesService } from './inquiries.service.js';

// The tracking token is a secret in the URL: never cached, never indexed, never sent on as a referrer.
const PRIVATE = 'no-store';

@ApiTags('inquiries')
@Controller('inquiries')
export class InquiriesController {
  constructor(private readonly inquiries: InquiriesService) {}

  @Get('form')
  @Public()
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: 'What the inquiry form needs: the privacy notice and its version, accepted countries', operationId: 'inquiryForm' })
  @ApiOkResponse({ type: InquiryFormDto })
  form(): Promise<InquiryFormDto> {
    return this.inquiries.form();
  }

  @Post()
  @Public()
  @Header('Cache-Control', PRIVATE)
  @ApiOperation({
    summary: 'Send an inquiry about a project, a policy, or in general; answers with the private tracking link',
    operationId: 'createInquiry',
  })
  @ApiCreatedResponse({ type: InquiryCreatedDto })
  create(@Body() body: CreateInquiryDto): Promise<InquiryCreatedDto> {
    return this.inquiries.create(body);
  }

  @Get('track/:token')
  @Public()
  @Header('Cache-Control', PRIVATE)
  @Header('X-Robots-Tag', 'noindex')
  @Header('Referrer-Policy', 'no-referrer')
  @ApiOperation({ summary: "The sender's view of an inquiry: status, replies, rating", operationId: 'trackInquiry' })
  @ApiOkResponse({ type: InquiryTrackingDto })
  track(@Param('token') token: string): Promise<InquiryTrackingDto> {
    return this.inquiries.track(token);
  }

  @Post('track/:token/rating')
  @Public()
  @HttpCode(200)
  @Header('Cache-Control', PRIVATE)
  @ApiOperation({ summary: 'Rate the answer (1–5, once, after it was answered)', operationId: 'rateInquiry' })
  @ApiOkResponse({ type: InquiryTrackingDto })
  rate(@Param('token') token: string, @Body() body: RateInquiryDto): Promise<InquiryTrackingDto> {
    return this.inquiries.rate(token, body);
  }
}
