// Build of the staff web application: web/ → web/dist, served by the API server at `/`.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
  },
  // `npx vite --config web/vite.config.ts` for development, API on the running server.
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
