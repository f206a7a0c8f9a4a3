/** A dataset of `count` events in the policy-atlas format, the same for every run (see dataset.js). */
export function generateDataset(count: number): Record<string, unknown>;
