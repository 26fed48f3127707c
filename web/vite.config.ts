import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev -w web` proxies the API to a server started separately (see the README);
// TRUSTCIRCLE_API_URL points it elsewhere.
const apiTarget = process.env.TRUSTCIRCLE_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The server's CSP forbids inline scripts, so never inline the module preload polyfill.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
});
