import { SetMetadata } from '@nestjs/common';
import type { Role } from '../config/app-config.js';

export const ROLE_KEY = 'atlas:role';

/** The role an operation needs: `@RequireRole('editor')` on every write. */
export const RequireRole = (role: Role) => SetMetadata(ROLE_KEY, role);
