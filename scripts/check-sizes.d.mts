// Types of scripts/check-sizes.mjs for the tests that import it (tests/unit/check-sizes.test.ts).
export declare const MAX_FILE_LINES: number;
export declare const MAX_FUNCTION_LINES: number;
export declare const DATA_TABLES: string[];
export interface SizeProblem {
  line: number;
  message: string;
}
export declare function sizeProblems(file: string, text: string, options?: { dataTable?: boolean }): SizeProblem[];
