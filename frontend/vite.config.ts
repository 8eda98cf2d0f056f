import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const backend = 'http://localhost:8080';

export default defineConfig({
  base: '/',
  plugins: [react()],
  // scripts/checkFanBundle.mjs reads the manifest to weigh what the fan pages load.
  build: { manifest: true },
  server: {
    proxy: {
      '/api': backend,
      // The H5 chat link: WeChat's web authorization runs on the backend before it sends the fan to #/h5.
      '/h5': backend,
      '/ws': { target: backend, ws: true },
    },
    // The shipped rules (../rules), which a test reads to check that every rule's name is worded.
    fs: { allow: ['.', '../rules'] },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    // Form tests type into many fields; on a 2-core machine that is also running the backend's build
    // they take several seconds, so the default 5 s would fail them for being slow, not wrong.
    testTimeout: 30_000,
  },
});
