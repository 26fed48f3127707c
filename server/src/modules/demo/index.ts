export { type DemoOptions, loadDemoData } from './loadDemoData.ts';
