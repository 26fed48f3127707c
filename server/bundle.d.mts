export const bundleFile: string;
export const bundleSources: string[];
export function sourceFingerprint(paths: string[]): string;
export function bundleIsCurrent(file?: string, sources?: string[]): boolean;
export function buildBundle(outDir?: string): Promise<{ inputs: string[] }>;
