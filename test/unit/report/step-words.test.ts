// Issue 17: the engines record traces (rule id, inputs, value, citation); the report layer writes
// each rule's words once (report/steps/, and each act's law/<act>/words.ts), and the public entry
// points return the steps with them.
import { describe, expect, it } from 'vitest';
import { gapAnalysis } from '../../../src/compliance/gap-analysis.js';
import { STEP_ID, type StepInputs, type Trace } from '../../../src/core/steps.js';
import { assessLateness, deadline } from '../../../src/deadlines/deadline.js';
import { estimateExposure } from '../../../src/exposure/estimate.js';
import { riskScore } from '../../../src/exposure/risk-score.js';
import { simulate } from '../../../src/exposure/simulate.js';
import { legalMaximum } from '../../../src/fines/legal-maximum.js';
import { maximumFine } from '../../../src/fines/maximum-fine.js';
import { perViolationMaximum } from '../../../src/fines/per-violation.js';
import { periodicPenalty } from '../../../src/fines/periodic-penalty.js';
import * as lexposure from '../../../src/index.js';
import { apFine } from '../../../src/methods/ap/ap-fine.js';
import { dskFine } from '../../../src/methods/dsk/dsk-fine.js';
import { edpbFine } from '../../../src/methods/edpb/edpb-fine.js';
import { icoFine } from '../../../src/methods/ico/ico-fine.js';
import { enterpriseSize } from '../../../src/profile/enterprise-size.js';
import { STEP_WORD_BOOKS, STEP_WORDS } from '../../../src/report/steps/book.js';
import { stepOf, withWords } from '../../../src/report/steps/render.js';
import { assessGatekeeper } from '../../../src/scope/dma.js';
import { assessVeryLargePlatform } from '../../../src/scope/dsa.js';
import { nis2Entity } from '../../../src/scope/nis2.js';
import { obligationsFor } from '../../../src/scope/obligations.js';
import { eurProfile } from '../../helpers/profiles.js';
import { corpus, type StepApi, stepsOf } from '../../helpers/step-corpus.js';

/** The engines under the public entry points: the same arguments, results with traces. */
const ENGINES = {
  apFine,
  assessGatekeeper,
  assessLateness,
  assessVeryLargePlatform,
  deadline,
  dskFine,
  edpbFine,
  enterpriseSize,
  estimateExposure,
  gapAnalysis,
  icoFine,
  legalMaximum,
  maximumFine,
  nis2Entity,
  obligationsFor,
  periodicPenalty,
  perViolationMaximum,
  riskScore,
  simulate,
} as unknown as StepApi;

type Seen = Record<string, unknown> & { id: string };

describe('the engines record traces; the report layer writes the words', () => {
  const traces = corpus(ENGINES).flatMap((r) => stepsOf(r)) as Seen[];
  const steps = corpus(lexposure).flatMap((r) => stepsOf(r)) as Seen[];

  it('no step an engine returns carries words: each is a trace (id, value, citation, severity, inputs)', () => {
    expect(traces.length).toBeGreaterThan(2_000);
    const worded = traces.filter((t) => Object.hasOwn(t, 'label') || Object.hasOwn(t, 'rule'));
    expect([...new Set(worded.map((t) => t.id))]).toEqual([]);
    for (const t of traces)
      for (const key of Object.keys(t))
        expect(['id', 'value', 'citation', 'severity', 'inputs'], t.id).toContain(key);
  });

  it('every rule id the engines record has its words in exactly one book', () => {
    const ids = [...new Set(traces.map((t) => t.id))];
    expect(ids.length).toBeGreaterThan(80);
    for (const id of ids) {
      const books = STEP_WORD_BOOKS.filter((b) => Object.hasOwn(b, id));
      expect(books.length, id).toBe(1);
    }
  });

  it('each book names its rules in the documented id form, and no id is written in two books', () => {
    const seen = new Map<string, number>();
    for (const book of STEP_WORD_BOOKS)
      for (const id of Object.keys(book)) {
        expect(id, id).toMatch(STEP_ID);
        seen.set(id, (seen.get(id) ?? 0) + 1);
      }
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
    expect(Object.keys(STEP_WORDS).length).toBe(seen.size);
  });

  it('the public results carry the words: a label on every step, and no slot left unfilled', () => {
    expect(steps.length).toBe(traces.length);
    for (const s of steps) {
      expect(typeof s.label, s.id).toBe('string');
      expect((s.label as string).length, s.id).toBeGreaterThan(0);
      expect(s.label, s.id).not.toBe(s.id);
      for (const text of [s.label, s.rule])
        if (typeof text === 'string') expect(text, s.id).not.toMatch(/\bundefined\b|\[object |\bNaN\b/);
    }
  });

  it('a public step is its trace and its words: the same id, value, citation, severity and inputs', () => {
    traces.forEach((t, k) => {
      const { label: _label, rule: _rule, value, ...figures } = steps[k] as Seen;
      const { value: recorded, ...rest } = t;
      expect(figures, t.id).toEqual(rest);
      // A rule whose value reads better as words ("2024 (ended 2024-12-31)") has them in its book;
      // the trace keeps the figure.
      const words = STEP_WORDS[t.id as keyof typeof STEP_WORDS]?.value;
      expect(value, t.id).toEqual(
        words ? words((t.inputs ?? {}) as StepInputs, t as unknown as Trace) : recorded,
      );
    });
  });

  it('the engines record figures, not sentences: no trace value is text with a space where its book has words for it', () => {
    const worded = traces.filter((t) => STEP_WORDS[t.id as keyof typeof STEP_WORDS]?.value !== undefined);
    expect(worded.length).toBeGreaterThan(0);
    for (const t of worded) if (typeof t.value === 'string') expect(t.value, t.id).not.toMatch(/ /);
  });

  it('renders without changing what it renders: a frozen trace is shared, a result is copied where it holds one', () => {
    const profile = eurProfile('80000000', { year: 2024 });
    const result = legalMaximum({ profile, provision: 'GDPR 83(5)', asOf: '2025-06-30' });
    const before = JSON.stringify(result);
    const shown = withWords(result);
    expect(JSON.stringify(result)).toBe(before);
    expect(shown).not.toBe(result);
    expect(shown.steps.map((s) => s.label)).toContain('Turnover scope');
    // The in-force trace is cached per provision and date: its words are written once.
    const inForce = result.steps[0];
    expect(inForce).toBeDefined();
    if (inForce !== undefined) expect(stepOf(inForce)).toBe(stepOf(inForce));
    // A result without steps is returned as it is.
    const lean = legalMaximum({ profile, provision: 'GDPR 83(5)', asOf: '2025-06-30', explain: false });
    expect(withWords(lean)).toBe(lean);
  });
});
