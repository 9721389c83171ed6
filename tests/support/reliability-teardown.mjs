import { teardown } from './reliability-database.mjs';

export default teardown;
