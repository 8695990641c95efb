// Builds only dist/cookiegate.js as rollup.config.ts's first entry does (same terser options).
// `--fast` transpiles with esbuild instead of @rollup/plugin-typescript (for test iterations).
import { rollup } from 'rollup';
import { readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import esbuild from 'rollup-plugin-esbuild';
const fast = process.argv.includes('--fast');
const out = process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? 'dist/cookiegate.js';
const cssRaw = {
  name: 'css-raw',
  resolveId(source, importer) {
    if (!source.endsWith('.css?raw') || !importer) return null;
    return new URL(source.replace(/\?raw$/, ''), `file://${importer}`).pathname + '?raw';
  },
  load(id) {
    if (!id.endsWith('.css?raw')) return null;
    const css = readFileSync(id.replace(/\?raw$/, ''), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{}:;,>])\s*/g, '$1').replace(/;}/g, '}').trim();
    return `export default ${JSON.stringify(css)};`;
  },
};
const ts = fast ? esbuild({ target: 'es2020', jsx: 'transform', jsxFactory: 'h', jsxFragment: 'Fragment' }) : typescript({ tsconfig: './tsconfig.json', noEmitOnError: true, include: ['src/**/*'] });
const bundle = await rollup({ input: 'src/embed.ts', plugins: [cssRaw, resolve({ browser: true }), ts, terser({ ecma: 2020, module: false, compress: { passes: 3, pure_getters: true, unsafe_arrows: true, reduce_funcs: false }, mangle: { properties: { regex: /^_/ } }, format: { comments: /^!|^# allFunctionsCalledOnLoad$/ } })] });
await bundle.write({ file: out, format: 'iife', sourcemap: false, banner: '//# allFunctionsCalledOnLoad' });
const zlib = await import('node:zlib');
const b = readFileSync(out);
console.log(out, b.length, 'B raw,', zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 'B brotli');
