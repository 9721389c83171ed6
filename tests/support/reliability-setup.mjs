import { setup } from './reliability-database.mjs';

export default setup;
