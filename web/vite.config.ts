// Build of the staff web application: web/ → web/dist, served by the API server at `/`.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        'tra-cuu': fileURLToPath(new URL('tra-cuu.html', import.meta.url)), // public lookup page (issue 17)
      },
    },
  },
  // `npx vite --config web/vite.config.ts` for development, API on the running server.
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
