// JUnit XML and SARIF 2.1.0 renderings of a real check of the example data, parsed back and
// validated: JUnit against the shape test-report actions read, SARIF against the official schema.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { createBaselineResolver } from '../../src/baseline/index.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderSarif } from '../../src/report/sarif.js';
import type { GateResult, Report } from '../../src/report/types.js';
import { runCheck, type CheckResult } from '../../src/run/check.js';
import { sarifOptions, writeMachineReports } from '../../src/run/machineReports.js';
import { writeBundle } from '../../src/github/bundle.js';

const require = createRequire(import.meta.url);
// The SARIF 2.1.0 schema as Microsoft's SARIF SDK ships it (@microsoft/jest-sarif,
// lib/schemas/sarif-2.1.0-rtm.5.json, the OASIS 2.1.0 schema); draft-04, as ajv 6 reads it.
const sarifSchema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
const draft04 = require('ajv/lib/refs/json-schema-draft-04.json') as object;

function sarifValidator() {
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true });
  ajv.addMetaSchema(draft04);
  return ajv.compile(sarifSchema);
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name), trimValues: false, htmlEntities: true });

interface XmlCase { name: string; classname: string; failure?: { message: string; type: string; '#text': string }; skipped?: { message: string }; 'system-out'?: string }
interface XmlSuite { name: string; tests: string; failures: string; skipped: string; errors: string; testcase: XmlCase[] }
interface XmlDoc { testsuites: { name: string; tests: string; failures: string; skipped: string; testsuite: XmlSuite[] } }

const examples = path.resolve('examples');
let result: CheckResult;
beforeAll(async () => {
  result = await runCheck({
    configPath: 'datagate.yml', cwd: examples,
    baselineResolver: createBaselineResolver({ cwd: examples, tempDir: mkdtempSync(path.join(tmpdir(), 'datagate-machine-')) }),
    now: new Date('2026-01-01T00:00:00Z'),
  });
});

function gate(id: string): GateResult {
  const found = result.report.gates.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no gate ${id}`);
  return found;
}

describe('JUnit XML', () => {
  it('is well-formed and has one test case per gate, grouped in a suite per dataset and model', () => {
    const xml = renderJunit(result.report);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml) as XmlDoc;
    const gates = result.report.gates;
    expect(doc.testsuites.name).toBe('datagate');
    expect(Number(doc.testsuites.tests)).toBe(gates.length);
    expect(Number(doc.testsuites.failures)).toBe(gates.filter((g) => g.status === 'fail').length);
    expect(doc.testsuites.testsuite.map((suite) => suite.name)).toEqual(['dataset customers', 'model churn-model']);
    for (const suite of doc.testsuites.testsuite) {
      expect(Number(suite.tests)).toBe(suite.testcase.length);
      expect(Number(suite.failures)).toBe(suite.testcase.filter((c) => c.failure).length);
      expect(Number(suite.skipped)).toBe(suite.testcase.filter((c) => c.skipped).length);
      expect(suite.errors).toBe('0');
    }
    const cases = doc.testsuites.testsuite.flatMap((suite) => suite.testcase);
    expect(cases.map((c) => c.name)).toEqual([...gates.filter((g) => g.dataset).map((g) => g.id), ...gates.filter((g) => g.model).map((g) => g.id)]);
  });

  it('reports a failing gate as a failure with its message and first examples', () => {
    const doc = parser.parse(renderJunit(result.report)) as XmlDoc;
    const ageMin = doc.testsuites.testsuite[0].testcase.find((c) => c.name === 'customers.contract.age.min');
    expect(ageMin?.classname).toBe('datagate.customers.contract');
    expect(ageMin?.failure?.message).toBe('"age": 3 values below min 0 (lowest -1)');
    expect(ageMin?.failure?.type).toBe('contract');
    expect(ageMin?.failure?.['#text']).toBe([
      '"age": 3 values below min 0 (lowest -1)', 'expected: 0', 'observed: -1', 'count: 3', 'examples:',
      '  row 631 (data/customers.csv:632): "-1"', '  row 1134 (data/customers.csv:1135): "-1"', '  row 1318 (data/customers.csv:1319): "-1"',
    ].join('\n'));
  });

  it('reports a warning as a passing test case whose system-out says so, and a skip as skipped', () => {
    const report: Report = {
      version: 1, status: 'warn', datasets: [], models: [],
      gates: [
        { ...gate('customers.contract.country.allowed') },
        { id: 'customers.rows.max_change', kind: 'rows', dataset: 'customers', status: 'skip', message: 'no baseline yet: row count change not checked' },
      ],
    };
    const doc = parser.parse(renderJunit(report)) as XmlDoc;
    const [warned, skipped] = doc.testsuites.testsuite[0].testcase;
    expect(warned.failure).toBeUndefined();
    expect(warned['system-out']).toMatch(/^warning: "country": 114 values not allowed \("BR"\)\n/);
    expect(skipped.skipped?.message).toBe('no baseline yet: row count change not checked');
    expect(doc.testsuites.skipped).toBe('1');
    expect(doc.testsuites.failures).toBe('0');
  });

  it('keeps hostile names and values inert and the document well-formed', () => {
    const hostile = 'a"b<c>&d\'e]]>\u0001\u0000\ud800';
    const report: Report = {
      version: 1, status: 'fail', datasets: [], models: [],
      gates: [{ id: `x.contract.${hostile}.allowed`, kind: 'contract', dataset: hostile, column: hostile, status: 'fail', message: `bad ${hostile}\nline two`,
        examples: [{ row: 1, line: 2, file: `${hostile}.csv`, value: hostile }] }],
    };
    const xml = renderJunit(report);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml) as XmlDoc;
    const testCase = doc.testsuites.testsuite[0].testcase[0];
    expect(doc.testsuites.testsuite[0].name).toBe('dataset a"b<c>&d\'e]]>\\u0001\\u0000\\ud800');
    expect(testCase.failure?.message).toBe('bad a"b<c>&d\'e]]>\\u0001\\u0000\\ud800\nline two');
  });
});

describe('SARIF', () => {
  it('validates against the SARIF 2.1.0 schema', async () => {
    const log = JSON.parse(renderSarif(result.report, await sarifOptions(result, path.resolve('.')))) as object;
    const validate = sarifValidator();
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    // The validator does reject what the schema forbids.
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] })).toBe(false);
  });

  it('has one rule per gate kind and one result per failing or warning gate, located on the data line', async () => {
    const log = JSON.parse(renderSarif(result.report, await sarifOptions(result, path.resolve('.'))));
    const run = log.runs[0];
    const reported = result.report.gates.filter((g) => g.status === 'fail' || g.status === 'warn');
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual([...new Set(reported.map((g) => g.kind))].sort());
    expect(run.results).toHaveLength(reported.length);
    const ageMin = run.results.find((r: { properties: { gate: string } }) => r.properties.gate === 'customers.contract.age.min');
    expect(ageMin).toMatchObject({ ruleId: 'contract', level: 'error', message: { text: '"age": 3 values below min 0 (lowest -1) (customers.contract.age.min)' } });
    expect(run.tool.driver.rules[ageMin.ruleIndex].id).toBe('contract');
    expect(ageMin.locations).toEqual([{
      physicalLocation: { artifactLocation: { uri: 'examples/data/customers.csv', uriBaseId: '%SRCROOT%' }, region: { startLine: 632 } },
      message: { text: 'row 631: -1' },
    }]);
    expect(ageMin.relatedLocations.map((l: { physicalLocation: { region: { startLine: number } } }) => l.physicalLocation.region.startLine)).toEqual([1135, 1319]);
    const country = run.results.find((r: { properties: { gate: string } }) => r.properties.gate === 'customers.contract.country.allowed');
    expect(country.level).toBe('warning');
  });

  it('points a gate without data rows at its rule in the config', async () => {
    const log = JSON.parse(renderSarif(result.report, await sarifOptions(result, path.resolve('.'))));
    const accuracy = log.runs[0].results.find((r: { properties: { gate: string } }) => r.properties.gate === 'churn-model.metric.accuracy');
    expect(accuracy.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'examples/datagate.yml', uriBaseId: '%SRCROOT%' }, region: { startLine: 25 } });
    const drift = log.runs[0].results.find((r: { properties: { gate: string } }) => r.properties.gate === 'customers.drift.monthly_spend');
    expect(drift.locations[0].physicalLocation.region.startLine).toBe(19);
  });

  it('percent-encodes file names and leaves out files outside the workspace', () => {
    const report: Report = {
      version: 1, status: 'fail', datasets: [], models: [],
      gates: [
        { id: 'd.contract.a.min', kind: 'contract', dataset: 'd', status: 'fail', message: 'm', examples: [{ row: 1, line: 2, file: 'data/my file#1.csv', value: 'v' }] },
        { id: 'd.contract.b.min', kind: 'contract', dataset: 'd', status: 'fail', message: 'm', examples: [{ row: 1, line: 2, file: '../../outside.csv', value: 'v' }] },
      ],
    };
    const log = JSON.parse(renderSarif(report, { workspace: '/repo', configDir: '/repo/sub' }));
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('sub/data/my%20file%231.csv');
    expect(log.runs[0].results[1].locations).toBeUndefined();
    const validate = sarifValidator();
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });
});

describe('writing them', () => {
  it('writes the files named by flags, relative to the working directory', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'datagate-machine-out-'));
    const written = await writeMachineReports(result, result.report, { junit: 'out/r.xml', sarif: 'r.sarif', workspace: path.resolve('.'), cwd: dir });
    expect(written).toEqual([path.join(dir, 'out/r.xml'), path.join(dir, 'r.sarif')]);
    expect(XMLValidator.validate(readFileSync(written[0], 'utf8'))).toBe(true);
    expect(JSON.parse(readFileSync(written[1], 'utf8')).version).toBe('2.1.0');
  });

  it('puts them in the artifact bundle under their own names', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'datagate-machine-bundle-'));
    const written = await writeMachineReports(result, result.report, { junit: 'datagate.xml', sarif: 'datagate.sarif', workspace: path.resolve('.'), cwd: dir });
    const bundle = path.join(dir, 'bundle');
    const files = await writeBundle(bundle, { report: result.report, profiles: [], currentPaths: {}, extraFiles: written });
    expect(files).toContain(path.join(bundle, 'datagate.xml'));
    expect(readFileSync(path.join(bundle, 'datagate.sarif'), 'utf8')).toBe(readFileSync(written[1], 'utf8'));
  });
});
