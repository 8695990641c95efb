// @vitest-environment node
// The JSON Schema of the config (issue 18, point 3) and the runtime validator agree: every config
// of the README and the demo is valid under both, and generated good and bad configs get the same
// verdict from both, except for the differences listed and justified in EXPLAINED below.
//
// The schema is dist/config.schema.json when the build has made it, else generated here from
// ConsentConfig with ts-json-schema-generator's API (the build's generator, not a hand-written schema).
import { shippedPresets } from '../../src/presets/shipped';
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import Ajv, { type ErrorObject } from 'ajv';
import fc from 'fast-check';
import {
  createFormatter,
  createParser,
  createProgram,
  DEFAULT_CONFIG,
  SchemaGenerator,
  type CompletedConfig,
  type SubNodeParser,
} from 'ts-json-schema-generator';
import { validateConfig, type ConfigIssue } from '../../src/core/validate-config';
import { configInPage } from '../../src/cli/check';

const ROOT = join(__dirname, '../..');

/**
 * ts-json-schema-generator 2.9 has no parser for TypeScript's `NoInfer<T>` intrinsic, which
 * ConsentConfig uses; it is the identity for a schema, so this parser returns its argument.
 */
const noInfer: SubNodeParser = {
  supportsNode: (node) =>
    node.kind === ts.SyntaxKind.IntrinsicKeyword &&
    ts.isTypeAliasDeclaration(node.parent) &&
    node.parent.name.text === 'NoInfer',
  createType: (_node, context) => context.getArguments()[0],
};

/** The generator finds no root in a generic type: a non-generic alias names the default instance. */
function generateSchema(): object {
  const dir = mkdtempSync(join(tmpdir(), 'cookiegate-schema-'));
  const root = join(dir, 'root.ts');
  writeFileSync(
    root,
    `import type { ConsentConfig } from '${join(ROOT, 'src/core/config-types')}';\n/** The cookiegate config. */\nexport type CookiegateConfig = ConsentConfig;\n`,
  );
  // The generator's defaults, as its command line and createGenerator() apply them (closed objects included).
  const config: CompletedConfig = { ...DEFAULT_CONFIG, path: root, type: 'CookiegateConfig', skipTypeCheck: true };
  const program = createProgram(config);
  const parser = createParser(program, config, (chain) => void chain.addNodeParser(noInfer));
  return new SchemaGenerator(program, parser, createFormatter(config), config).createSchema('CookiegateConfig');
}

const BUILT = join(ROOT, 'dist/config.schema.json');
const schema = existsSync(BUILT) ? (JSON.parse(readFileSync(BUILT, 'utf8')) as object) : generateSchema();
const ajv = new Ajv({ allErrors: true, strict: false });
const schemaCheck = ajv.compile(schema);

interface Verdicts {
  schemaErrors: ErrorObject[];
  errors: ConfigIssue[];
  warnings: ConfigIssue[];
}

function verdicts(config: unknown): Verdicts {
  const schemaValid = schemaCheck(config);
  const { errors, warnings } = validateConfig(config, { presets: shippedPresets });
  return { schemaErrors: schemaValid ? [] : [...(schemaCheck.errors ?? [])], errors, warnings };
}

/** Every full config in the README: page snippets (#cookiegate-config) and JSON blocks with a `revision`. */
function readmeConfigs(): { where: string; config: unknown }[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const found: { where: string; config: unknown }[] = [];
  for (const [index, match] of [...readme.matchAll(/```(html|json)\n([\s\S]*?)```/g)].entries()) {
    const text = match[1] === 'html' ? configInPage(match[2]) : match[2];
    if (!text?.trim()) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      continue; // A fragment such as `"services": { … }`, not a config.
    }
    if (typeof parsed === 'object' && parsed !== null && 'revision' in parsed)
      found.push({ where: `README.md block ${index}`, config: parsed });
  }
  return found;
}

/** demo/config.json (every demo page carries it: the server fills their empty tags) and any example. */
function demoConfigs(): { where: string; config: unknown }[] {
  const found = [
    { where: 'demo/config.json', config: JSON.parse(readFileSync(join(ROOT, 'demo/config.json'), 'utf8')) as unknown },
  ];
  for (const file of readdirSync(join(ROOT, 'demo')).filter((name) => name.endsWith('.html'))) {
    const text = configInPage(readFileSync(join(ROOT, 'demo', file), 'utf8'));
    if (text?.trim()) found.push({ where: `demo/${file}`, config: JSON.parse(text) as unknown });
  }
  const examples = join(ROOT, 'examples');
  if (existsSync(examples)) {
    for (const file of readdirSync(examples).filter((name) => name.endsWith('.json'))) {
      found.push({
        where: `examples/${file}`,
        config: JSON.parse(readFileSync(join(examples, file), 'utf8')) as unknown,
      });
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Generated configs: a valid charity config, then zero to three faults from a list of typical
// mistakes (wrong types, missing fields, unknown keys, bad values, dangling category references).

const text = fc.oneof(fc.constantFrom('', ' ', 'Analytics', '2021-03-01', '<b>x</b>'), fc.string({ maxLength: 8 }));
const anyValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 500 }),
  text,
  fc.constant([]),
  fc.constant({}),
);

const goodCookie = fc.record(
  {
    name: fc.constantFrom('has_js', '_ga', '__utma', '_ga_<container-id>', 'cookiegate'),
    pattern: fc.constantFrom('_{1,2}utma', '_ga_[A-Za-z0-9]+', '^_gid$'),
    category: fc.constantFrom('necessary', 'analytics'),
    provider: fc.constantFrom('This site', 'Google'),
    purpose: fc.constantFrom('Counts visits', 'An on/off flag'),
    content: fc.constantFrom('1', 'Random id'),
    expires: fc.constantFrom('session', '2 years', '30 minutes'),
  },
  { requiredKeys: ['name', 'category', 'provider', 'purpose', 'expires'] },
);

const goodConfig = fc.record(
  {
    revision: fc.constantFrom('2021-03-01', 'v2'),
    policyUrl: fc.constantFrom('/privacy', 'https://www.example.org.uk/privacy'),
    cookie: fc.record(
      {
        name: fc.constantFrom('cookiegate', 'consent'),
        days: fc.integer({ min: 1, max: 400 }),
        path: fc.constant('/'),
        sameSite: fc.constantFrom('Lax', 'Strict', 'None'),
      },
      { requiredKeys: [] },
    ),
    categories: fc.constant({
      necessary: { required: true, title: 'Strictly necessary' },
      analytics: { title: 'Analytics', gpc: true },
    }),
    cookies: fc.array(goodCookie, { maxLength: 4 }),
    services: fc.constantFrom(
      { googleAnalytics: { measurementId: 'G-ABC123' } },
      { video: { category: 'analytics', title: 'Video' } },
      {},
    ),
    language: fc.constantFrom('en', 'auto', 'cy'),
    position: fc.constantFrom('bottom', 'top', 'corner'),
    mode: fc.constantFrom('bar', 'modal'),
    reopenButton: fc.boolean(),
    links: fc.constant([{ label: 'Imprint', href: '/imprint' }]),
    texts: fc.constant({ acceptAll: 'Accept all' }),
  },
  { requiredKeys: ['revision', 'categories'] },
);

type Mutable = Record<string, unknown>;
interface Fault {
  name: string;
  apply: (config: Mutable, value: unknown) => void;
}

const cookies = (config: Mutable): unknown[] => (Array.isArray(config.cookies) ? (config.cookies as unknown[]) : []);
/** Typical mistakes: each sets one field to `value` (any JSON value) or breaks one rule. */
const FAULTS: Fault[] = [
  { name: 'revision', apply: (config, value) => void (config.revision = value) },
  {
    name: 'revision missing',
    apply: (config) => {
      delete config.revision;
    },
  },
  { name: 'categories', apply: (config, value) => void (config.categories = value) },
  {
    name: 'categories missing',
    apply: (config) => {
      delete config.categories;
    },
  },
  {
    name: 'category field',
    apply: (config, value) => void ((config.categories as Mutable).analytics = { title: 'A', required: value }),
  },
  { name: 'category id', apply: (config) => void ((config.categories as Mutable)['9 bad id'] = {}) },
  { name: 'policyUrl', apply: (config, value) => void (config.policyUrl = value) },
  { name: 'policyUrl scheme', apply: (config) => void (config.policyUrl = 'javascript:alert(1)') },
  { name: 'cookie.days', apply: (config, value) => void (config.cookie = { days: value }) },
  { name: 'cookie.name', apply: (config) => void (config.cookie = { name: 'bad name;' }) },
  { name: 'cookie.path', apply: (config) => void (config.cookie = { path: 'relative' }) },
  { name: 'cookie.sameSite', apply: (config, value) => void (config.cookie = { sameSite: value }) },
  { name: 'cookies', apply: (config, value) => void (config.cookies = value) },
  {
    name: 'cookie line field',
    apply: (config, value) =>
      void (config.cookies = [
        ...cookies(config),
        { name: 'x', category: 'analytics', provider: 'p', purpose: value, expires: '1 day' },
      ]),
  },
  {
    name: 'cookie line missing field',
    apply: (config) =>
      void (config.cookies = [
        ...cookies(config),
        { name: 'x', category: 'analytics', provider: 'p', expires: '1 day' },
      ]),
  },
  {
    name: 'cookie line empty name',
    apply: (config) =>
      void (config.cookies = [
        ...cookies(config),
        { name: '', category: 'analytics', provider: 'p', purpose: 'q', expires: '1 day' },
      ]),
  },
  {
    name: 'cookie line undeclared category',
    apply: (config) =>
      void (config.cookies = [
        ...cookies(config),
        { name: 'x', category: 'ads', provider: 'p', purpose: 'q', expires: '1 day' },
      ]),
  },
  {
    name: 'cookie line bad pattern',
    apply: (config) =>
      void (config.cookies = [
        ...cookies(config),
        { name: 'x', pattern: '([', category: 'analytics', provider: 'p', purpose: 'q', expires: '1 day' },
      ]),
  },
  {
    name: 'measurementId',
    apply: (config, value) => void (config.services = { googleAnalytics: { measurementId: value } }),
  },
  {
    name: 'measurementId format',
    apply: (config) => void (config.services = { googleAnalytics: { measurementId: 'ABC' } }),
  },
  { name: 'service undeclared category', apply: (config) => void (config.services = { video: { category: 'ads' } }) },
  {
    name: 'service field',
    apply: (config, value) => void (config.services = { video: { category: 'analytics', title: value } }),
  },
  { name: 'position', apply: (config, value) => void (config.position = value) },
  { name: 'mode', apply: (config, value) => void (config.mode = value) },
  { name: 'reopenButton', apply: (config, value) => void (config.reopenButton = value) },
  { name: 'links', apply: (config, value) => void (config.links = [{ label: 'x', href: value }]) },
  { name: 'texts', apply: (config, value) => void (config.texts = { acceptAll: value }) },
  { name: 'unknown text key', apply: (config) => void (config.texts = { acceptEverything: 'Yes' }) },
  { name: 'unknown key', apply: (config) => void (config.colour = 'blue') },
  { name: 'statisticsException', apply: (config, value) => void (config.statisticsException = value) },
];

const generated = fc
  .tuple(goodConfig, fc.array(fc.tuple(fc.integer({ min: 0, max: FAULTS.length - 1 }), anyValue), { maxLength: 3 }))
  .map(([config, faults]) => {
    const copy = structuredClone(config) as Mutable;
    for (const [index, value] of faults) FAULTS[index].apply(copy, value);
    return { config: copy, faults: faults.map(([index]) => FAULTS[index].name) };
  });

/**
 * The differences between the schema and the validator, each with why it is right. A generated
 * config on which they disagree must be explained by one of these, or the test fails.
 */
const EXPLAINED: { reason: string; explains: (verdict: Verdicts) => boolean }[] = [
  {
    // The validator is stricter where JSON Schema cannot follow: values that must name a declared
    // category (a cross-reference), non-empty strings, URL schemes (javascript: is refused so a
    // config string never becomes script), cookie name syntax and path, days within the browsers'
    // 395-day cap (CNIL's 13 months), regular expressions that compile, id syntax and Google's id format. The type
    // says `string`/`number`; the rule lives in validate-config.ts and its message names the field.
    reason: 'runtime rules beyond the type: the validator refuses, the schema accepts',
    explains: ({ schemaErrors, errors }) =>
      schemaErrors.length === 0 &&
      errors.length > 0 &&
      errors.every((error) =>
        /declared categories|non-empty|is required|only http\(s\)|cookie name|starting with "\/"|up to 395|regular expression|must start with a letter|valid id|G-XXXXXXX|ISO 3166|optional category/.test(
          error.message,
        ),
      ),
  },
  {
    // Unknown keys: the schema closes objects (`additionalProperties: false`) so editors flag typos,
    // while the validator warns and ignores them (forward compatibility: a config written for a
    // newer version still runs, DESIGN.md "warnings for unknown keys"). `texts` is an open
    // dictionary for the validator (any string key) but the type lists its keys.
    reason: 'unknown keys: the schema refuses, the validator warns',
    explains: ({ schemaErrors, errors, warnings }) =>
      errors.length === 0 &&
      schemaErrors.length > 0 &&
      schemaErrors.every((error) => error.keyword === 'additionalProperties') &&
      (warnings.length > 0 || schemaErrors.some((error) => error.instancePath.startsWith('/texts'))),
  },
];

describe('the JSON Schema and the validator', () => {
  it('both accept every config of the README, the demo and the examples', () => {
    const configs = [...readmeConfigs(), ...demoConfigs()];
    expect(configs.length).toBeGreaterThanOrEqual(2);
    for (const { where, config } of configs) {
      const { schemaErrors, errors } = verdicts(config);
      expect({ where, schemaErrors }).toEqual({ where, schemaErrors: [] });
      expect({ where, errors }).toEqual({ where, errors: [] });
    }
  });

  it('give the same verdict on generated configs, or a listed and justified difference', () => {
    const samples = fc.sample(generated, { numRuns: 400, seed: 18 });
    const tally = {
      agreeValid: 0,
      agreeInvalid: 0,
      explained: new Map<string, number>(),
      unexplained: [] as unknown[],
    };
    for (const { config, faults } of samples) {
      const verdict = verdicts(config);
      const schemaValid = verdict.schemaErrors.length === 0;
      const validatorValid = verdict.errors.length === 0;
      if (schemaValid === validatorValid) {
        if (schemaValid) tally.agreeValid++;
        else tally.agreeInvalid++;
        continue;
      }
      const reason = EXPLAINED.find((candidate) => candidate.explains(verdict))?.reason;
      if (reason) tally.explained.set(reason, (tally.explained.get(reason) ?? 0) + 1);
      else tally.unexplained.push({ faults, config, schemaErrors: verdict.schemaErrors, errors: verdict.errors });
    }
    console.info(
      `schema vs validator on ${samples.length} generated configs: ${tally.agreeValid} valid under both, ${tally.agreeInvalid} invalid under both, ` +
        `${[...tally.explained].map(([reason, count]) => `${count} × ${reason}`).join('; ')}; ${tally.unexplained.length} unexplained`,
    );
    expect(tally.unexplained.slice(0, 3)).toEqual([]);
    // Both kinds of config were generated, so the agreement means something.
    expect(tally.agreeValid).toBeGreaterThan(50);
    expect(tally.agreeInvalid).toBeGreaterThan(50);
  });
});
