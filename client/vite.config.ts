import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development (`npx vite` in client/) the API runs on :4000 and is proxied.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/api': 'http://127.0.0.1:4000', '/health': 'http://127.0.0.1:4000' },
  },
  // the manifest maps each route's page to its chunks (scripts/client-weight.mjs weighs them)
  build: { outDir: 'dist', emptyOutDir: true, manifest: true },
});
