/**
 * Imported first by main.ts, before any library reads it: NODE_ENV is 'production' unless set.
 * graphql-js checks every `instanceof` a second time outside production (to warn about two
 * copies of the library), which at the explorer's 10,000-node slice (300,000 fields in one
 * answer) was about a quarter of the answer's time. Jest sets NODE_ENV=test, kept as it is.
 */
process.env.NODE_ENV ??= 'production';
