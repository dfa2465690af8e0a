export function packagesOutOfStep(root?: string): string[];
