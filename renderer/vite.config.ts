import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// import.meta.dirname rather than node:path/url: the renderer folder may not import Node built-ins (lint).
const root = import.meta.dirname;

/**
 * The dev server injects inline scripts and <style> tags (React Fast Refresh, CSS HMR) that the strict
 * CSP in index.html forbids. Drop the meta only while serving; built files keep it untouched.
 */
function relaxCspInDev(): Plugin {
  return {
    name: 'cabina-relax-csp-in-dev',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/, ''),
  };
}

export default defineConfig({
  root,
  // Relative asset URLs: the same build loads from file:// or app:// in Electron and from / in browser mode.
  base: './',
  plugins: [react(), relaxCspInDev()],
  build: {
    outDir: `${root}/../dist/renderer`,
    emptyOutDir: true,
    // Station PCs run whatever Chromium their Electron ships; nothing older than that is needed.
    target: 'chrome120',
    sourcemap: true,
  },
});
