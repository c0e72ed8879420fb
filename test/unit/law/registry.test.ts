import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE } from '../../../src/compliance/questionnaire.js';
import {
  ACTS,
  actOfName,
  fineProvisions,
  isRegime,
  parseArticleReference,
  periodicPenaltyProvisions,
  provisionForArticle,
  REGIMES,
} from '../../../src/law/index.js';
import { OBLIGATION_IDS } from '../../../src/law/obligation-catalogue.js';
import { LAW_STATUS } from '../../../src/law/status.js';

// The registry of acts (law/registry.ts) holds every act whole: these checks hold its parts together,
// so that a new act cannot be half-registered and no knowledge is written twice in disagreement.
describe('the registry of acts', () => {
  it('lists each regime once, and REGIMES is its order', () => {
    expect(new Set(ACTS.map((a) => a.regime)).size).toBe(ACTS.length);
    expect(REGIMES).toEqual(ACTS.map((a) => a.regime));
    for (const r of REGIMES) expect(isRegime(r)).toBe(true);
    expect(isRegime('gdpr')).toBe(false);
  });

  it('every name an act gives is read back as that act by the one reader, and no name is shared', () => {
    const seen = new Map<string, string>();
    for (const act of ACTS) {
      expect(act.names.length, act.regime).toBeGreaterThan(0);
      for (const name of act.names) {
        expect(name, `${act.regime}: names are lower case`).toBe(name.toLowerCase());
        expect(seen.has(name), `${name} is named by ${seen.get(name)} and ${act.regime}`).toBe(false);
        seen.set(name, act.regime);
        expect(actOfName(name)).toBe(act.regime);
        expect(actOfName(name.toUpperCase())).toBe(act.regime);
        expect(parseArticleReference(`Art. 5 ${name}`)?.regime).toBe(act.regime);
      }
    }
  });

  it('every provision belongs to its act, and ids are unique across the registry', () => {
    const ids = new Set<string>();
    for (const act of ACTS) {
      expect(act.provisions.length, act.regime).toBeGreaterThan(0);
      for (const p of [...act.provisions, ...(act.periodicPenalties ?? [])]) {
        expect(p.regime).toBe(act.regime);
        expect(p.id.startsWith(`${act.regime} `), p.id).toBe(true);
        expect(ids.has(p.id), p.id).toBe(false);
        ids.add(p.id);
      }
    }
    expect(fineProvisions().length + periodicPenaltyProvisions().length).toBe(ids.size);
  });

  it("every duty's fine provision is the one the act's article map gives for its article", () => {
    let checked = 0;
    for (const act of ACTS) {
      for (const duty of act.duties ?? []) {
        expect(duty.regime).toBe(act.regime);
        const mapped = provisionForArticle(act.regime, duty.article).provision;
        expect(
          act.provisions.some((p) => p.id === mapped),
          `${act.regime} ${duty.article}`,
        ).toBe(true);
        if (duty.finedUnder !== undefined) {
          expect(duty.finedUnder, `${act.regime} ${duty.article}`).toBe(mapped);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("every time limit and default scenario is its act's, and the scenario's articles are fined", () => {
    for (const act of ACTS) {
      for (const t of act.timeLimits ?? []) expect(t.id.startsWith(`${act.regime} `), t.id).toBe(true);
      if (act.defaultScenario) {
        expect(act.defaultScenario.regime).toBe(act.regime);
        for (const a of act.defaultScenario.articles)
          expect(() => provisionForArticle(act.regime, a)).not.toThrow();
      }
    }
  });

  it('every act has its status (text read, date checked), and lawStatus lists them all', () => {
    for (const act of ACTS) {
      expect(act.status.act).toBe(act.regime);
      expect(act.status.textRead.url).toMatch(/^https:\/\//);
      expect(LAW_STATUS).toContain(act.status);
    }
  });

  it('a linked-infringements rule is cited where an act has one', () => {
    for (const act of ACTS)
      if (act.linkedInfringements) expect(act.linkedInfringements.provision).toBeTruthy();
    expect(ACTS.filter((a) => a.linkedInfringements).map((a) => a.regime)).toEqual(['GDPR', 'UK GDPR']);
  });

  it("each act's questions cover its own duties, each exactly once", () => {
    const covered = new Map<string, string>();
    for (const act of ACTS)
      for (const q of act.questions ?? [])
        for (const o of q.obligations) {
          expect(o.startsWith(`${act.regime} `), `${q.id}: ${o}`).toBe(true);
          expect(OBLIGATION_IDS, `${q.id}: ${o}`).toContain(o);
          expect(covered.has(o), `${o} in ${covered.get(o)} and ${q.id}`).toBe(false);
          covered.set(o, q.id);
        }
    expect([...covered.keys()].sort()).toEqual([...OBLIGATION_IDS].sort());
    expect(QUESTIONNAIRE.map((q) => q.id)).toEqual(ACTS.flatMap((a) => (a.questions ?? []).map((q) => q.id)));
  });

  it("an act's enforcement names acts of the registry, and exactly one is the fine model's baseline", () => {
    expect(ACTS.filter((a) => a.enforcement.model === 'baseline')).toHaveLength(1);
    for (const act of ACTS) {
      const e = act.enforcement;
      if (e.dutiesOf !== undefined) {
        expect(isRegime(e.dutiesOf), act.regime).toBe(true);
        expect(ACTS.find((a) => a.regime === e.dutiesOf)?.duties?.length, act.regime).toBeGreaterThan(0);
      }
      expect(e.articlePrefix.length, act.regime).toBeGreaterThan(0);
    }
  });

  it('no regime is named by a string outside law/: the engines read the registry', () => {
    const root = join(import.meta.dirname, '../../../src');
    const files = (readdirSync(root, { recursive: true }) as string[])
      .map((f) => join(root, f))
      .filter((f) => f.endsWith('.ts') && !relative(root, f).startsWith('law'))
      // The dataset of sanctions is data: each record names the act it was imposed under.
      .filter((f) => relative(root, f) !== join('sanctions', 'bundled.ts'));
    expect(files.length).toBeGreaterThan(50);
    const quoted = new RegExp(`(['"\`])(${REGIMES.map((r) => r.replace(/ /g, '\\s')).join('|')})\\1`, 'g');
    const offenders: string[] = [];
    for (const f of files) {
      const lines = readFileSync(f, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (quoted.test(line)) offenders.push(`${relative(root, f)}:${i + 1}: ${line.trim()}`);
        quoted.lastIndex = 0;
      });
    }
    expect(offenders).toEqual([]);
  });
});
