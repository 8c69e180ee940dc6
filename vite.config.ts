import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer: built into dist/renderer, served by the HTTP host and by Electron's app:// protocol.
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `npm run serve -- --port 8170` in another terminal, then `npx vite` for hot reload.
    proxy: { '/api': 'http://127.0.0.1:8170' },
  },
});
