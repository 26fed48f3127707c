import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The bytes of a file in test/fixtures/crm-samples, exactly as on disk. */
export const fixture = (name: string): Buffer =>
  readFileSync(path.join(here, '../fixtures/crm-samples', name));

/** The shared datasets folder (../shared/datasets/crm-samples from the repository), when present. */
export const SHARED_CRM_SAMPLES = path.resolve(here, '../../../../shared/datasets/crm-samples');
export const sharedAvailable = () =>
  existsSync(path.join(SHARED_CRM_SAMPLES, 'salesforce_dataloader_accountData.csv'));
export const shared = (name: string): Buffer => readFileSync(path.join(SHARED_CRM_SAMPLES, name));

export const SF_ACCOUNTS = 'salesforce_dataloader_accountData_excerpt.csv';
