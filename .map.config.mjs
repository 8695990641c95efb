import { readFileSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
function cssRaw() {
  return {
    name: 'css-raw',
    resolveId(source, importer) {
      if (!source.endsWith('.css?raw') || !importer) return null;
      return new URL(source.replace(/\?raw$/, ''), `file://${importer}`).pathname + '?raw';
    },
    load(id) {
      if (!id.endsWith('.css?raw')) return null;
      const css = readFileSync(id.replace(/\?raw$/, ''), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{}:;,>])\s*/g, '$1').replace(/;}/g, '}').trim();
      return { code: `export default ${JSON.stringify(css)};`, map: null };
    },
  };
}
const split = { name: 's', transform: (c, id) => (id.includes('/src/') ? { code: c.replace(/\b__SPLIT__\b/g, 'false'), map: null } : null) };
export default {
  input: process.env.IN || 'src/embed.ts',
  output: { file: `${process.env.OUT || '.o'}/cookiegate.js`, format: 'iife', sourcemap: true },
  plugins: [cssRaw(), resolve({ browser: true }), typescript({ tsconfig: './tsconfig.json', include: ['src/**/*'], sourceMap: true, inlineSources: false, noEmitOnError: false }), split,
    terser({ ecma: 2020, module: false, sourceMap: true, compress: { passes: 3, pure_getters: true, unsafe_arrows: true, reduce_funcs: false }, mangle: { properties: { regex: /^_/ } } })],
  onwarn(w) { console.error('WARN', w.message.slice(0, 200)); },
};
