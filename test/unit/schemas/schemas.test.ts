import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { OBLIGATION_IDS } from '../../../src/law/obligation-catalogue.js';
import { schemas } from '../../../src/schemas/index.js';

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
const validator = (name: keyof typeof schemas) => ajv.compile(schemas[name]);

describe('lexposure/schemas', () => {
  it('the files in schemas/ are those the zod schemas generate (run `npm run schemas` after a change)', () => {
    const files = readdirSync('schemas').filter((f) => f.endsWith('.json'));
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(Object.keys(schemas).sort());
    for (const file of files) {
      const name = file.replace(/\.json$/, '') as keyof typeof schemas;
      expect(JSON.parse(readFileSync(`schemas/${file}`, 'utf8')), file).toEqual(
        JSON.parse(JSON.stringify(schemas[name])),
      );
    }
  });

  it('every bundled profile validates against the profile schema', () => {
    const valid = validator('profile');
    for (const file of readdirSync('fixtures/profiles')) {
      const profile = JSON.parse(readFileSync(`fixtures/profiles/${file}`, 'utf8'));
      expect(valid(profile), `${file}: ${JSON.stringify(valid.errors)}`).toBe(true);
    }
  });

  it('refuses what parseProfile refuses: a negative amount, an exponent, an unknown key, a bad date, an unknown obligation', () => {
    const valid = validator('profile');
    const fy = {
      year: 2024,
      end: '2024-12-31',
      scope: 'undertaking',
      turnover: { amount: '1000', currency: 'EUR' },
    };
    expect(valid({ name: 'A', financialYears: [fy] })).toBe(true);
    for (const bad of [
      { name: 'A', financialYears: [{ ...fy, turnover: { amount: '-5', currency: 'EUR' } }] },
      { name: 'A', financialYears: [{ ...fy, turnover: { amount: '1e9', currency: 'EUR' } }] },
      { name: 'A', financialYears: [{ ...fy, turnover: { amount: '1000', currency: 'XXX' } }] },
      { name: 'A', financialYears: [{ ...fy, end: '31/12/2024' }] },
      { name: 'A', colour: 'red' },
      { name: 'A', posture: [{ obligation: 'GDPR Art. 99', status: 'met' }] },
      { name: 'A', processing: { consent: 'yes' } },
    ])
      expect(valid(bad), JSON.stringify(bad)).toBe(false);
  });

  it('every bundled sanction validates against the sanction schema', () => {
    const valid = validator('sanction');
    const records = readdirSync('data/sanctions')
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => JSON.parse(readFileSync(`data/sanctions/${f}`, 'utf8')) as unknown[]);
    expect(records.length).toBeGreaterThan(500);
    for (const record of records) expect(valid(record), JSON.stringify(valid.errors)).toBe(true);
  });

  it('argument schemas embed the profile, and the posture lists every obligation id', () => {
    const valid = validator('legalMaximumArgs');
    expect(valid({ profile: { name: 'A' }, provision: 'GDPR 83(5)', asOf: '2025-06-30' })).toBe(true);
    expect(valid({ profile: { name: 'A', extra: 1 }, provision: 'GDPR 83(5)', asOf: '2025-06-30' })).toBe(
      false,
    );
    const obligation = (schemas.postureEntry.properties as Record<string, { enum: string[] }>).obligation;
    expect(obligation?.enum).toEqual(OBLIGATION_IDS);
    expect(validator('questionnaireAnswers')({ records: 'yes', security: false, dpo: 'yes' })).toBe(false);
    expect(validator('deadlineArgs')({ timeLimit: 'GDPR 33(1)', from: '2026-03-02T10:25+01:00' })).toBe(true);
  });
});
