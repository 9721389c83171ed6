// Types of scripts/schema-diff.mjs for the tests that import it (tests/unit/schema-diff.test.ts).
export interface SchemaChange {
  type: string;
  path: string;
  message: string;
  reason?: string;
}
export interface BreakingMark {
  type: string;
  path: string;
  reason: string;
}
export declare function compareSchemas(
  oldSdl: string,
  newSdl: string,
  marks?: BreakingMark[],
): Promise<{
  breaking: SchemaChange[];
  marked: SchemaChange[];
  dangerous: SchemaChange[];
  safe: SchemaChange[];
  unusedMarks: BreakingMark[];
}>;
