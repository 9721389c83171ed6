import { Body, Controller, Get, Headers, HttpCode, Post } from '@nestjs/common';
import { Public } from '../../common/public.decorator.js';
import { UpdateLinksService, type UpdateFormData } from './update-links.service.js';

const bearer = (authorization: string | undefined): string | null =>
  /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1] ?? null;

/**
 * The two things an update link's token may do, over HTTP with `Authorization: Bearer swu_…`:
 * read its initiative's form (GET /api/update) and submit a proposal for it (POST
 * /api/update/proposals). Open to callers without an API token (the guard lets them pass); the
 * link is checked here. The token is no API token, so every other route refuses it (401).
 */
@Controller('api/update')
@Public()
export class UpdateController {
  constructor(private readonly links: UpdateLinksService) {}

  @Get()
  form(@Headers('authorization') authorization: string | undefined): Promise<UpdateFormData> {
    return this.links.formData(bearer(authorization));
  }

  @Post('proposals')
  @HttpCode(201)
  async propose(
    @Headers('authorization') authorization: string | undefined,
    @Body() body: unknown,
  ): Promise<{ id: string; submittedAt: string }> {
    const proposal = await this.links.submit(bearer(authorization), body);
    return { id: proposal.id, submittedAt: new Date(proposal.submittedAt).toISOString() };
  }
}
