import { accountsList } from './accounts-list/index.ts';
import type { Workload } from './types.ts';

export const WORKLOADS: Workload[] = [accountsList];
