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
    // Public pages (no login) are their own small entries: web/<name>.html.
    rollupOptions: {
      input: {
        main: `${root}index.html`,
        kiosk: `${root}kiosk.html`, // issue 18: the queue's public pages
        board: `${root}board.html`,
        ticket: `${root}ticket.html`,
        pakn: `${root}pakn.html`, // issue 19: the public PAKN page
        'tra-cuu': `${root}tra-cuu.html`, // issue 17: the public lookup page
      },
    },
  },
  // `npx vite --config web/vite.config.ts` for development, API on the running server.
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
