import { Controller, Get, Post, Query, Res, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { CurrentPrincipal, writerName, type Principal } from '../../auth/principal.js';
import { RequireRole } from '../../auth/roles.decorator.js';
import { parseExportQuery, type QueryValue } from './dto/export-query.js';
import { TransferService } from './transfer.service.js';

/**
 * POST /api/import[?dryRun=true] (multipart field `files`: CSV files, an XLSX workbook or a JSON export; editor
 * role; a dry run checks everything and writes nothing) and GET /api/export?format=json|csv|xlsx|gexf|graphml|gexf-dynamic|diffusion|waves&region=…&theme=…&mode=…&status=…&from=…&to=…[&period=year|month]
 * (the last three are the temporal exports, with their receipt: formats/gexf-dynamic.ts, formats/diffusion-export.ts).
 */
@Controller('api')
export class TransferController {
  constructor(private readonly transfer: TransferService) {}

  @Post('import')
  @RequireRole('editor')
  @UseInterceptors(FilesInterceptor('files', 20))
  async import(
    @UploadedFiles() files: { originalname: string; buffer: Buffer }[] | undefined,
    @CurrentPrincipal() principal: Principal | null,
    @Query('dryRun') dryRun?: string,
  ) {
    const check = dryRun === 'true' || dryRun === '1';
    const report = await this.transfer.importFiles(
      (files ?? []).map((f) => ({ name: f.originalname, data: f.buffer })),
      check ? { dryRun: true } : { as: { who: writerName(principal), operation: 'UPLOAD' } },
    );
    return check ? { report, dryRun: true } : { report };
  }

  @Get('export')
  async export(@Query() query: Record<string, QueryValue>, @Res() response: Response): Promise<void> {
    const { format, filter, period } = parseExportQuery(query);
    const file = await this.transfer.exportNetwork(format, filter, period);
    response
      .status(200)
      .setHeader('content-type', file.contentType)
      .setHeader('content-disposition', `attachment; filename="${file.name}"`)
      .send(file.data);
  }
}
