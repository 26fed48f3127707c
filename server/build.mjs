// `npm run build --workspace server` (and so `npm start`): the bundle that bundle.mjs describes.
import { buildBundle } from './bundle.mjs';

await buildBundle();
