export { loadDemoData } from './loadDemoData.ts';
