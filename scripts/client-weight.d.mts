// Types for scripts/client-weight.mjs (used by tests/unit/client-weight.test.ts).
export interface RouteModule {
  route: string;
  page: string;
  /** the page's module in the build manifest */
  module: string;
}
export interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}
export interface Bytes {
  raw: number;
  gzip: number;
}
export interface RouteWeight {
  route: string;
  page: string;
  chunks: number;
  js: Bytes;
  css: Bytes;
  laterJs: Bytes;
}
export declare function routesOf(pagesSource: string): RouteModule[];
export declare function closure(
  manifest: Record<string, ManifestChunk>,
  keys: string[],
): { files: Set<string>; dynamic: string[] };
export declare function clientWeight(): RouteWeight[];
export declare function clientWeightMarkdown(weights: RouteWeight[], before?: RouteWeight[]): string[];
