import { SetMetadata } from '@nestjs/common';

export const PUBLIC_KEY = 'atlas:public';

/** A route open to everyone whatever READS_REQUIRE_TOKEN says (only /health): the guard lets it pass. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
