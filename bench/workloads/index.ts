import { accountsList } from './accounts-list/index.ts';
import { ingestion } from './ingestion/index.ts';
import type { Workload } from './types.ts';

export const WORKLOADS: Workload[] = [accountsList, ingestion];
