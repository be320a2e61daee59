import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompressPlugin } from './precompress.ts';

// Served by the Fastify server from packages/web/dist in production; in development Vite
// serves the app on 5173 and hands /api to the server on 3000, so the session cookie stays
// same-origin in both.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), precompressPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: their own chunks stay cached across
        // releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // Not @mantine/charts: it would bring recharts into every page (issue 5, below).
            // Mantine's base (theme, styles, hooks) in one chunk; its components go with the
            // pages that use them, so that the sign-in page brings only its own (issue 16).
            {
              name: 'mantine',
              test: /node_modules[\\/]@mantine[\\/](hooks|core[\\/]esm[\\/](core|utils))[\\/]/,
            },
            { name: 'tanstack', test: /node_modules[\\/]@tanstack[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
            // Issue 5: the booklet's chart library and what it needs, loaded with the booklet
            // only. Last: a group takes the dependencies no earlier group took (React, Mantine).
            {
              name: 'charts',
              test: /node_modules[\\/](@mantine[\\/]charts|recharts|d3-[a-z-]+|victory-vendor|@reduxjs|react-redux|reselect|immer|es-toolkit|decimal\.js-light|eventemitter3|tiny-invariant)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
});
