import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The gateway (port 8050) serves the API and, in production, this build at `/`.
// In development Vite serves the app on 3000 and forwards the API (HTTP and graphql-ws) and /auth to the gateway,
// so the browser only ever talks to one origin - the same shape as production.
const gatewayUrl = 'http://localhost:8050';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 3000,
    strictPort: true,
    proxy: {
      '/graphql': { target: gatewayUrl, ws: true, changeOrigin: false },
      // Google sign-in starts and ends at the gateway (redirect to Google, callback, transaction cookie).
      '/auth': { target: gatewayUrl, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // The budget that matters is PRODUCT.md's 300 KB gzip of initial JS (about 165 KB today); the vendor entry
    // (React, Mantine, Apollo, router) is ~510 KB minified, so Vite's default 500 KB raw warning is only noise.
    chunkSizeWarningLimit: 700,
  },
});
