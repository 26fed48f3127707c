export const bundleFile: string;
export const bundleSources: string[];
export function newestChange(paths: string[]): number;
export function bundleIsCurrent(file?: string, sources?: string[]): boolean;
export function buildBundle(outDir?: string): Promise<{ inputs: string[] }>;
